import type { Rng } from '../bench/prng.ts';
import { interviewHeadlines, interviews, interviewTitles } from './features.ts';
import { fillSlots, type SlotContext } from './fill-slots.ts';
import { composed, composeParagraphs, sample } from './item-parts.ts';
import { personName } from './names.ts';
import type { Topic } from './topics.ts';
import type { ComposedItem } from './types.ts';

/** A question-and-answer interview: questions end in ？, prefixed 记者： or printed bare. */
export function composeInterview(rng: Rng, topic: Topic, context: SlotContext): ComposedItem {
	const reporter = personName(rng);
	const guest = context.people.乙;
	const title = fillSlots(rng.pick(interviewTitles), context, rng);
	const prefixed = rng.chance(0.5);
	const paragraphs = composeParagraphs(rng, topic.sentences, context, 1, 2);
	for (const [question, answer] of sample(rng, interviews, rng.int(3, 5))) {
		paragraphs.push(prefixed ? `记者：${question}` : question);
		paragraphs.push((prefixed ? `${guest}：` : '') + fillSlots(answer, context, rng));
	}
	if (rng.chance(0.4)) paragraphs.push(`（本报记者 ${reporter}采访整理）`);
	const headline = rng.pick(interviewHeadlines);
	return composed(
		{
			kind: 'article',
			headline,
			subheadline: `——访${title}${guest}`,
			byline: `本报记者 ${reporter}`,
			authors: [reporter],
			paragraphs,
		},
		'interview',
	);
}
