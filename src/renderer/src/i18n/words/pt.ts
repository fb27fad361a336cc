import type { wordsEn } from './en';

export const wordsPt: Record<keyof typeof wordsEn, string> = {
  'words.packageAgainstLimit': 'Pacote e o limite'
};
