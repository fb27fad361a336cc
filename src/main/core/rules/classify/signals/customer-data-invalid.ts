import type { TypeSignals } from '../signal-spec';

export const customerDataInvalid: TypeSignals = {
  errorType: 'customer_data_invalid',
  signals: [
    { label: 'customer document', weight: 5, terms: ['@document'] },
    { label: 'phone', weight: 5, terms: ['@phone'] },
    {
      label: 'invalid document or phone',
      weight: 3,
      terms: [
        ['@document', '@phone'],
        ['@invalid', '@missing', '@required']
      ],
      within: 4
    },
    { label: 'invalid customer data', weight: 4, terms: ['@customer', ['@invalid', '@missing', '@required']], within: 6 },
    {
      label: 'client profile',
      weight: 3,
      terms: [['client profile*', 'customer profile*', 'clientprofile*', 'perfil do cliente', 'perfil del cliente']]
    },
    { label: 'e-mail', weight: 6, terms: [['email*', 'e mail*', 'correo*', 'emailaddress']] },
    {
      label: 'invalid e-mail',
      weight: 3,
      terms: [
        ['email*', 'e mail*', 'correo*'],
        ['@invalid', '@missing', '@required', 'belongs', 'pertence', 'diferente', 'different']
      ],
      within: 6
    },
    { label: 'no customer', weight: 6, terms: ['@not', '@customer'], within: 3, ordered: true },
    {
      label: 'customer not registered',
      weight: 5,
      terms: [['@fail', '@cannot', '@error'], ['cadastrar', 'registrar', 'register', 'create', 'criar', 'crear'], '@customer'],
      within: 4,
      ordered: true
    },
    { label: 'profile not found', weight: 5, terms: ['@customer', ['@notFound', '@nonexistent']], within: 4 },
    { label: 'invalid user', weight: 4, terms: [['user', 'usuario'], '@invalid'], within: 5 },
    { label: 'customer data', weight: 5, terms: ['@data', '@customer'], within: 3, ordered: true }
  ]
};
