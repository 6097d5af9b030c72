export * from './printed-self-evaluation';
export { parseSelfEvaluationDocument } from './parse-self-evaluation-document';
