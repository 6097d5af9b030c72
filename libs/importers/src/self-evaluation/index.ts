export * from './printed-self-evaluation';
export { parseSelfEvaluationDocument } from './parse-self-evaluation-document';
export {
  readSelfEvaluationCsv,
  readSelfEvaluationFile,
  readSelfEvaluationXlsx,
} from './self-evaluation-sheets';
