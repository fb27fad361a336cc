import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// Evaluated first: the preferences and the queue's first page are asked before React renders.
import './startup';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);
