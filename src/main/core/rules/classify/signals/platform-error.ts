import type { TypeSignals } from '../signal-spec';

export const platformError: TypeSignals = {
  errorType: 'platform_error',
  signals: [
    { label: 'internal error', weight: 6, terms: ['@internal', ['@error', '@fail']], within: 4 },
    { label: 'timeout', weight: 7, terms: ['@timeout'] },
    { label: 'try again', weight: 4, terms: ['@tryAgain'] },
    { label: 'unexpected error', weight: 6, terms: ['@unknownCause', '@error'], within: 3 },
    { label: 'communication error', weight: 4, terms: ['@communication', ['@error', '@fail', '@cannot']], within: 4 },
    { label: 'service instability', weight: 5, terms: ['@instability'] },
    { label: 'incomplete order', weight: 5, terms: ['@order', '@incomplete'], within: 2 },
    { label: 'order could not be created', weight: 3, terms: ['@order', '@cannot', '@create'], within: 6 },
    { label: 'error occurred', weight: 2, terms: ['@error', ['occurred', 'ocorreu', 'ocurrio', 'se produjo', 'ha ocurrido']], within: 3 }
  ]
};
