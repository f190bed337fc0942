// SPDX-License-Identifier: EUPL-1.2
// The basisniveau API takes no input; its answer values and weights come from the scoring engine.
export { ANSWER_VALUES } from '../../../domain/basisniveau/answers.ts'
export { ANSWER_WEIGHTS } from '../../../domain/basisniveau/score.ts'
