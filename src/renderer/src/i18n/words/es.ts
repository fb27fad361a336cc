import type { wordsEn } from './en';

export const wordsEs: Record<keyof typeof wordsEn, string> = {
  'words.packageAgainstLimit': 'Paquete frente al límite'
};
