import type { TypeSignals } from '../signal-spec';

export const platformError: TypeSignals = {
  errorType: 'platform_error',
  signals: [
    { label: 'internal error', weight: 6, terms: ['@internal', ['@error', '@fail']], within: 4 },
    { label: 'timeout', weight: 7, terms: ['@timeout'] },
    { label: 'try again', weight: 4, terms: ['@tryAgain'] },
    { label: 'unexpected error', weight: 6, terms: ['@unknownCause', '@error'], within: 3 },
    { label: 'communication error', weight: 4, terms: ['@communication', ['@error', '@fail', '@cannot']], within: 6 },
    { label: 'service instability', weight: 5, terms: ['@instability'] },
    { label: 'incomplete order', weight: 5, terms: ['@order', '@incomplete'], within: 2 },
    { label: 'order could not be created', weight: 3, terms: ['@order', '@cannot', '@create'], within: 6 },
    {
      label: 'error occurred',
      weight: 2,
      terms: ['@error', ['occurred', 'ocorreu', 'ocurrio', 'se produjo', 'ha ocurrido']],
      within: 3
    },
    {
      label: 'too many requests',
      weight: 7,
      terms: [
        [
          'throttl*',
          'rate limit*',
          'too many requests',
          'quota*',
          'request limit*',
          'requests exceeded',
          'limite de requisic*',
          'limite de solicitudes',
          '429'
        ]
      ]
    },
    {
      label: 'service unavailable',
      weight: 6,
      terms: [
        ['server', 'servidor', 'service', 'servico', 'servicio', 'api', 'apis', 'gateway', 'endpoint', 'system', 'sistema'],
        ['@unavailable', 'not available', 'no disponible', 'nao disponivel', 'down', 'fora do ar']
      ],
      within: 4
    },
    {
      label: 'something went wrong',
      weight: 7,
      terms: [['something went wrong', 'went wrong', 'algo deu errado', 'algo ha ido mal', 'algo salio mal']]
    },
    {
      label: 'runtime exception',
      weight: 8,
      terms: [
        [
          'object reference',
          'referencia de objeto',
          'null reference*',
          'nullreference*',
          'null pointer*',
          'nullpointer*',
          'stack trace',
          'stacktrace',
          'undefined is not',
          'cannot read propert*',
          'is not a function',
          'index out of range',
          'out of range',
          'fuera de rango',
          'segmentation fault',
          'panic'
        ]
      ]
    },
    // A bare "exception" wraps whatever went wrong, often an order's own cause: a supporting word only.
    { label: 'exception', weight: 5, terms: [['exception*', 'excecao', 'excepcion']] },
    {
      label: 'parse error',
      weight: 7,
      terms: [
        [
          'parse error*',
          'parsing',
          'unexpected token',
          'unexpected character',
          'unexpected end',
          'correct format',
          'formato correto',
          'formato correcto',
          'deserializ*',
          'syntax error',
          'decode slice',
          'cannot unmarshal',
          'unmarshal*',
          'invalid json',
          'json invalid*',
          'malformed json'
        ]
      ]
    },
    { label: 'bad request', weight: 5, terms: [['bad request', 'http error', 'requisicao invalida', 'solicitud incorrecta']] },
    {
      label: 'could not process',
      weight: 4,
      terms: [
        ['@cannot', '@fail', '@error', 'could not', 'nao pud*'],
        [
          'process*',
          'salvar',
          'save',
          'guardar',
          'load',
          'carregar',
          'cargar',
          'obtain',
          'obter',
          'obtener',
          'fetch',
          'buscar',
          'get',
          'exibid*',
          'connect*',
          'conect*',
          'complet*',
          'conclu*',
          'recuperar',
          'retrieve',
          'getting',
          'loading',
          'saving'
        ]
      ],
      within: 4,
      ordered: true
    },
    {
      label: 'endpoint not provided',
      weight: 6,
      terms: ['endpoint', ['not been provided', 'not provided', 'nao informad*', 'no informad*']],
      within: 10
    },
    { label: 'inconsistency', weight: 5, terms: [['inconsisten*']] },
    {
      label: 'temporary failure',
      weight: 6,
      terms: [['temporar*', 'transient', 'intermitent*', 'momentaneamente', 'right now']]
    },
    {
      label: 'retry',
      weight: 4,
      terms: [
        [
          'please retry',
          'retry operation',
          'retry the request',
          'try again in',
          'will try again',
          'll try again',
          'reintentar*',
          'vamos tentar novamente'
        ]
      ]
    },
    { label: 'contact support', weight: 2, terms: [['contact support', 'suporte', 'soporte', 'support']] },
    {
      label: 'server response',
      weight: 5,
      terms: [
        [
          'server response',
          'resposta do servidor',
          'respuesta del servidor',
          'invalid response',
          'resposta invalida',
          'respuesta invalida',
          'response data'
        ]
      ]
    },
    { label: "the marketplace's own error", weight: 4, terms: [['@marketplace'], ['@error', 'failure']], within: 2 },
    {
      label: 'error while trying',
      weight: 4,
      terms: [
        ['@error', '@fail'],
        ['trying', 'tentar', 'intentar']
      ],
      within: 3,
      ordered: true
    },
    // VTEX's connector messages open with "Oops" whatever the error: a hint, not a reading.
    { label: 'oops', weight: 2, terms: [['oops', 'ops']] },
    {
      label: 'communication error with a VTEX system',
      weight: 4,
      terms: ['@communication', ['@error', '@fail'], ['with ? system', 'with ? sistema', 'com o ? sistema', 'con el ? sistema']],
      within: 6,
      ordered: true
    },
    {
      label: 'too many reservations',
      weight: 6,
      terms: [['too many', 'muitas', 'demasiadas'], '@reserve'],
      within: 4,
      ordered: true
    },
    {
      label: "failed because of the marketplace's error",
      weight: 4,
      terms: [['due to', 'reason', 'motivo', 'devido a', 'debido a'], '@marketplace', ['@error', '@fail', 'failure']],
      within: 5
    },
    {
      label: 'the next synchronization resolves it',
      weight: 6,
      terms: [
        ['next synchroniz*', 'next m2e synchroniz*', 'proxima sincroniz*', 'will resolve', 'se resolvera', 'sera resolvid*']
      ]
    },
    {
      label: 'cancelled by the caller',
      weight: 9,
      terms: [['cancelled by the caller', 'canceled by the caller', 'cancelled by caller', 'canceled by caller']]
    },
    {
      label: 'communication timed out or broke off',
      weight: 6,
      terms: ['@communication', ['@timeout', 'cancelled by', 'canceled by', '@unknownCause']],
      within: 8
    },
    {
      label: 'null value',
      weight: 7,
      terms: [['null response', 'got null', 'returned a null', 'non nullable', 'return null', 'resposta nula', 'respuesta nula']]
    },
    {
      label: 'request failed with a status code',
      weight: 4,
      terms: [['request failed', 'status code', 'codigo de status', 'codigo de estado']]
    },
    {
      label: 'blocked by the CDN',
      weight: 8,
      terms: [['cdn', 'request blocked', 'solicitacao bloqueada', 'solicitud bloqueada']]
    },
    {
      label: 'response too large',
      weight: 7,
      terms: [['response size', 'tamanho maximo de resposta', 'tamano maximo de respuesta']]
    },
    {
      label: 'export failed',
      weight: 10,
      terms: [
        ['@error', '@fail'],
        ['export*', 'exportando', 'exportar']
      ],
      within: 3
    },
    { label: 'unexpected problem', weight: 7, terms: ['@unknownCause', ['issue', 'problem*']], within: 2 },
    {
      label: 'there was a problem',
      weight: 5,
      terms: [
        [
          'hubo un problema',
          'hay un problema',
          'houve um problema',
          'ocorreu um problema',
          'there was a problem',
          'we noticed some problems'
        ]
      ]
    },
    {
      label: 'e-mail sending failed',
      weight: 8,
      terms: [
        ['send email', 'send e mail', 'envio de e mail', 'envio de email', 'enviar correo', 'enviar email', 'sending email']
      ]
    }
  ]
};
