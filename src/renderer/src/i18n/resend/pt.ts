import type { resendEn } from './en';

export const resendPt: Record<keyof typeof resendEn, string> = {
  'resend.masked':
    'Esta cópia mascarou dados pessoais; o reenvio precisa do payload original: reimporte com --keep-personal-data ou reprocesse no Admin.',
  'resend.whyNot':
    'A VTEX não guarda uma cópia que a mesa possa reler: o payload do conector não tem API pública, e o OMS não tem pedido para uma integração que falhou.',
  'resend.provide': 'Reenviar com os dados originais do cliente…',
  'resend.pasteLabel': 'O payload original (JSON) do marketplace ou do log do conector, ou o seu clientProfileData',
  'resend.pasteNote':
    'Usado só neste reenvio e conferido com as máscaras que esta cópia guardou; não é guardado em lugar nenhum.',
  'resend.send': 'Reenviar para a loja {account}',
  'resend.cancel': 'Cancelar',
  'resend.badJson': 'Isto não é JSON: cole o payload como o marketplace ou o conector o deu.',
  'resend.noCustomer': 'Nenhum dado do cliente (e-mail, telefone ou documento) no que foi colado.',
  'reach.lead':
    'Reprocesse onde a VTEX o vê: abra Conexões > Pedidos de {account}, encontre o pedido e escolha Ações > Reprocessar; depois vigie o OMS aqui.',
  'reach.leadResend':
    'Reprocesse onde a VTEX o vê: reenvie-o para {account} como o conector faria, ou escolha Ações > Reprocessar em Conexões > Pedidos e vigie o OMS aqui.'
};
