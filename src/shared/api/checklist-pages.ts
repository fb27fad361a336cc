/**
 * Lines a checklist page holds by default and at most: a list itself has no size limit. Apart from
 * the contract's schemas so the renderer's first bundle (the order pane's checklist entry) can read
 * them without the schema library.
 */
export const CHECKLIST_PAGE = 200;
export const CHECKLIST_PAGE_MAX = 1_000;
