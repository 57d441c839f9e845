/**
 * A small SVG line chart of benchmark seconds against archive size, drawn as plain markup so
 * that no browser or chart library is needed. Both axes are linear: straight lines mean linear cost.
 */

/** One line of the chart: a name, a colour and a value per archive size (null: not measured). */
export interface ChartSeries {
	label: string;
	color: string;
	values: (number | null)[];
}

const W = 560;
const H = 320;
const M = { left: 56, right: 150, top: 28, bottom: 44 };

/** Rounds an axis maximum up to 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
	if (value <= 0) return 1;
	const p = 10 ** Math.floor(Math.log10(value));
	return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= value) ?? 10 * p;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The chart's SVG text.
 * @example benchChart('Build time', [1000, 10000], [{ label: 'render', color: '#1f77b4', values: [12, 120] }])
 */
export function benchChart(title: string, sizes: number[], series: ChartSeries[], unit = 's'): string {
	if (sizes.length === 0) throw new Error('benchChart expects at least one archive size but found none');
	const xMax = niceMax(Math.max(...sizes));
	const yMax = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))));
	const x = (n: number) => M.left + (n / xMax) * (W - M.left - M.right);
	const y = (v: number) => H - M.bottom - (v / yMax) * (H - M.top - M.bottom);
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
		`<rect width="${W}" height="${H}" fill="#fff"/>`,
		`<text x="${M.left}" y="18" font-size="14" font-weight="bold">${escape(title)}</text>`,
	];
	for (let i = 0; i <= 4; i++) {
		const v = (yMax * i) / 4;
		out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`);
		out.push(`<text x="${M.left - 6}" y="${y(v) + 4}" text-anchor="end">${+v.toFixed(1)} ${unit}</text>`);
	}
	for (let i = 0; i <= 4; i++) {
		const n = (xMax * i) / 4;
		out.push(`<text x="${x(n)}" y="${H - M.bottom + 16}" text-anchor="middle">${n.toLocaleString('en-US')}</text>`);
	}
	out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 8}" text-anchor="middle">items in the archive</text>`);
	out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}" stroke="#333"/>`);
	series.forEach((s, k) => {
		const points = sizes.flatMap((n, i) =>
			s.values[i] === null || s.values[i] === undefined ? [] : [[x(n), y(s.values[i]!)]],
		);
		if (points.length > 1)
			out.push(
				`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points.map((p) => p.map((c) => c.toFixed(1)).join(',')).join(' ')}"/>`,
			);
		for (const [px, py] of points)
			out.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3" fill="${s.color}"/>`);
		const ly = M.top + 14 + k * 18;
		out.push(
			`<line x1="${W - M.right + 12}" x2="${W - M.right + 32}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"/>`,
		);
		out.push(`<text x="${W - M.right + 38}" y="${ly}">${escape(s.label)}</text>`);
	});
	out.push('</svg>');
	return `${out.join('\n')}\n`;
}
