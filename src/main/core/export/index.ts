import { writeReviewCsv } from './review-csv';
import { writeReviewHtml } from './review-html';
import { writeReviewJson } from './review-json';
import { writeReviewMarkdown } from './review-markdown';
import type { ReviewSource, TextSink } from './review-source';

export type ReviewFormat = 'json' | 'csv' | 'html' | 'md';

export const REVIEW_WRITERS: Record<ReviewFormat, (source: ReviewSource, write: TextSink) => void> = {
  json: writeReviewJson,
  csv: writeReviewCsv,
  html: writeReviewHtml,
  md: writeReviewMarkdown
};

export { reviewSource, type ReviewSource, type TextSink } from './review-source';
