import { pageLabel } from './page-label.ts';

/** What the structured data of one item needs. */
export interface NewsArticleInput {
	headline: string;
	kicker?: string;
	subheadline?: string;
	authors: string[];
	date: string;
	page: number;
	pageName?: string;
	section?: string;
	kind: string;
	description: string;
	url: string;
	editionUrl: string;
	imageUrl?: string;
}

/**
 * schema.org NewsArticle for one item, part of the day's PublicationIssue of the Periodical,
 * as libraries and search engines read it.
 */
export function newsArticleLd(item: NewsArticleInput, paper: { name: string; publisher: string; url: string }) {
	return {
		'@context': 'https://schema.org',
		'@type':
			item.kind === 'photo'
				? ['NewsArticle', 'Photograph']
				: item.kind === 'commentary'
					? ['NewsArticle', 'OpinionNewsArticle']
					: 'NewsArticle',
		headline: item.headline,
		...(item.subheadline || item.kicker
			? { alternativeHeadline: [item.kicker, item.subheadline].filter(Boolean).join(' ') }
			: {}),
		author: item.authors.map((name) => ({ '@type': 'Person', name })),
		datePublished: item.date,
		description: item.description,
		inLanguage: 'zh-CN',
		url: item.url,
		mainEntityOfPage: item.url,
		printEdition: item.date,
		printPage: String(item.page),
		printSection: item.section ?? pageLabel({ number: item.page, name: item.pageName }),
		...(item.imageUrl ? { image: item.imageUrl } : {}),
		publisher: { '@type': 'Organization', name: paper.publisher },
		isPartOf: {
			'@type': 'PublicationIssue',
			datePublished: item.date,
			url: item.editionUrl,
			isPartOf: { '@type': 'Periodical', name: paper.name, url: paper.url },
		},
	};
}
