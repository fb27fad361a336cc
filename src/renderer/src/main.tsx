// The desk's first requests (the preferences, the open queue's first page) go out as soon as this
// small entry runs; React and the app come as the chunk imported below, so the core answers while
// that chunk is fetched and compiled instead of after it (the whole bundle used to load first).
import './startup';
import './styles.css';

void import('./render').catch((error: unknown) => console.error('The desk could not load its screens:', error));
