import type { resendEn } from './en';

export const resendEs: Record<keyof typeof resendEn, string> = {
  'resend.masked':
    'Esta copia enmascaró datos personales; el reenvío necesita el payload original: reimporte con --keep-personal-data o reprocese en el Admin.',
  'resend.whyNot':
    'VTEX no guarda una copia que el escritorio pueda releer: el payload del conector no tiene API pública y el OMS no tiene pedido para una integración fallida.',
  'resend.provide': 'Reenviar con los datos originales del cliente…',
  'resend.pasteLabel': 'El payload original (JSON) del marketplace o del log del conector, o su clientProfileData',
  'resend.pasteNote':
    'Se usa solo en este reenvío y se coteja con las máscaras que guardó esta copia; no se guarda en ningún lugar.',
  'resend.send': 'Reenviar a la tienda {account}',
  'resend.cancel': 'Cancelar',
  'resend.badJson': 'Esto no es JSON: pegue el payload tal como lo dio el marketplace o el conector.',
  'resend.noCustomer': 'No hay datos del cliente (e-mail, teléfono o documento) en lo pegado.',
  'reach.lead':
    'Reprocéselo donde VTEX lo ve: abra Conexiones > Pedidos de {account}, busque el pedido y elija Acciones > Reprocesar; luego vigile el OMS aquí.',
  'reach.leadResend':
    'Reprocéselo donde VTEX lo ve: reenvíelo a {account} como lo haría su conector, o elija Acciones > Reprocesar en Conexiones > Pedidos y vigile el OMS aquí.'
};
