/**
 * The zoomable view of a page's facsimile, loaded on the first click of 查看版面原图, on a phone the
 * page's thumbnail (src/components/Facsimile.astro): a full-screen dialog with the largest page image,
 * fitted to the screen or at its own width to pan, the page's region links moved over it while it
 * is open. Pinch zoom works as on any page; ← and → pan the picture there instead of turning the page.
 */

/** Opens the zoomable view of the facsimile `root` (its `[data-facsimile]` section), building it the first time. */
export function open(root) {
	const dialog = root.querySelector('dialog') ?? build(root);
	const links = root.querySelector('.facsimile-page svg');
	if (links) dialog.querySelector('.facsimile-map').append(links);
	dialog.showModal();
}

function build(root) {
	const page = root.querySelector('.facsimile-page');
	const image = page.querySelector('img');
	const zoomLink = root.querySelector('.facsimile-thumb');
	const pdf = root.querySelector('a[download]');
	const title = `${root.id}-view`;
	const dialog = document.createElement('dialog');
	dialog.className = 'facsimile-view';
	dialog.setAttribute('aria-labelledby', title);
	dialog.innerHTML =
		'<div class="facsimile-bar"><h2></h2><button type="button" aria-pressed="false">放大</button><a download>下载PDF</a>' +
		'<form method="dialog"><button>关闭</button></form></div><div class="facsimile-scroll"><div class="facsimile-map"><img decoding="async"></div></div>';
	const heading = dialog.querySelector('h2');
	heading.id = title;
	// The page's name is its image's alt (`第03版：要闻版面图`), so the page view carries it once.
	heading.textContent = image.alt;
	dialog.querySelector('a').href = pdf.href;
	const scroll = dialog.querySelector('.facsimile-scroll');
	scroll.style.setProperty('--aspect', String(image.width / image.height));
	const large = dialog.querySelector('img');
	large.src = zoomLink.href;
	large.alt = image.alt;
	const zoom = dialog.querySelector('button');
	zoom.addEventListener('click', () => {
		const on = zoom.getAttribute('aria-pressed') !== 'true';
		zoom.setAttribute('aria-pressed', String(on));
		zoom.textContent = on ? '缩小' : '放大';
		dialog.classList.toggle('zoomed', on);
	});
	dialog.addEventListener('keydown', (e) => {
		if (e.key.startsWith('Arrow')) e.stopPropagation();
	});
	dialog.addEventListener('close', () => {
		const links = dialog.querySelector('svg');
		if (links) page.append(links);
	});
	root.append(dialog);
	return dialog;
}
