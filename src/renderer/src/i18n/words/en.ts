/** Plain-words texts (issue 11): evidence, change previews, the audit log, dates. */
export const wordsEn = {
  'words.packageAgainstLimit': 'Package against its limit'
} as const;
