// The guide's content as the tests read it: the main dataset, the cases
// dataset joined to it in every view but the start page, and what they add up to.
import fs from 'node:fs/promises';

const read = async (file) => JSON.parse(await fs.readFile(new URL(`../../../src/content/${file}`, import.meta.url), 'utf8'));

export const [dataset, cases] = await Promise.all([read('dataset.json'), read('cases.json')]);
/** The history of the idea and the cases, as the timeline shows them. */
export const TOTAL_EVENTS = dataset.events.length + cases.events.length;
/** The guide's questions: on the model, then on the cases. */
export const QUESTIONS = dataset.quiz.length + cases.quiz.length;
