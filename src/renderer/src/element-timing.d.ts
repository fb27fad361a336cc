import 'react';

declare module 'react' {
  // Merged into React's own declaration, whose type parameter this must repeat.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    /** Element Timing (Chromium): the browser reports when this element's text was first painted. */
    elementtiming?: string;
  }
}
