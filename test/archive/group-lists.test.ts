import { describe, expect, test } from 'vitest';
import { GROUP_LISTS, groupListView } from '../../src/lib/archive/group-lists.ts';

describe('an author’s or a section’s list view', () => {
	test('titles and describes the landing page by the whole list, at the list’s own path', () => {
		const view = groupListView('authors', '郝佳丽', { items: [1, 2], total: 120 });
		expect(view).toEqual({
			list: `authors/${encodeURIComponent('郝佳丽')}/`,
			path: `authors/${encodeURIComponent('郝佳丽')}/`,
			title: '郝佳丽的作品',
			description: '郝佳丽在本报发表的120篇报道、评论和图片。',
		});
	});

	test('numbers a numbered page in its title and path, and counts its own items', () => {
		const view = groupListView('sections', '观潮', { number: 2, items: [1, 2, 3] });
		expect(view.list).toBe(`sections/${encodeURIComponent('观潮')}/`);
		expect(view.path).toBe(`sections/${encodeURIComponent('观潮')}/2/`);
		expect(view.title).toBe('栏目：观潮（第 2 页）');
		expect(view.description).toBe('「观潮」栏目第 2 页的3篇稿件。');
	});

	test('list an item under each of its authors, and under its section when it has one', () => {
		const data = { authors: ['宋爽', '陈春艳'], section: '视点' };
		expect(GROUP_LISTS.authors.names(data)).toEqual(['宋爽', '陈春艳']);
		expect(GROUP_LISTS.sections.names(data)).toEqual(['视点']);
		expect(GROUP_LISTS.sections.names({ authors: [] })).toEqual([undefined]);
	});
});
