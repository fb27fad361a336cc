import type { DomainTexts } from './types';

/** Domain texts (pt): error types, causes, fixes, verdict templates; VTEX Admin vocabulary. */
export const domainPt: DomainTexts = {
  errorTypes: {
    sla_unavailable: {
      title: 'Erro de SLA',
      short: 'SLA',
      explanation:
        'Nenhum SLA pôde entregar o pedido: a VTEX simulou o frete dos itens com a política comercial do marketplace e o CEP do cliente e não encontrou opção de entrega. As causas mais comuns são o catálogo (SKU inativo, fora da política comercial), estoque que a política comercial não alcança, doca sem vínculo com a política comercial ou um CEP que nenhuma política de envio atende.'
    },
    out_of_stock: {
      title: 'Falta de estoque',
      short: 'Estoque',
      explanation:
        'A VTEX não conseguiu reservar a quantidade pedida: os estoques que atendem a política comercial do marketplace não têm saldo disponível suficiente (total menos reservado).'
    },
    sku_unavailable: {
      title: 'SKU indisponível',
      short: 'SKU',
      explanation:
        'O SKU não pode ser vendido pelo marketplace: ele ou o produto está inativo, ou o produto não está na política comercial do marketplace nem na coleção à qual a política comercial é restrita.'
    },
    unknown_sku: {
      title: 'SKU não identificado',
      short: 'SKU?',
      explanation:
        'O marketplace enviou um id de item que não é um SKU desta loja: não numérico, inexistente ou de um produto criado manualmente no marketplace. O mapeamento deve ser corrigido onde está o anúncio.'
    },
    catalog_access_denied: {
      title: 'Erro de comunicação com o catálogo',
      short: 'Catálogo',
      explanation:
        'O catálogo recusou o acesso do seller do marketplace à política comercial: ela não está vinculada à loja para este seller.'
    },
    price_divergence: {
      title: 'Divergência de preço',
      short: 'Preço',
      explanation:
        'O valor pago no marketplace difere do que a VTEX espera (itens pelo preço vigente mais o frete), e a regra de Divergência de valores da loja não autoriza essa diferença.'
    },
    price_missing: {
      title: 'Preço sem vigência',
      short: 'Preço',
      explanation:
        'Um SKU não tem preço vigente para a política comercial do marketplace: sem preço base e sem preço fixo, ou o único preço fixo expirou.'
    },
    shipping_data_invalid: {
      title: 'Dados de entrega inválidos',
      short: 'Endereço',
      explanation:
        'Os dados de entrega do pedido estão incompletos ou inválidos (campos do endereço, CEP), ou é um pedido FOB sem frete configurado no conector.'
    },
    carrier_not_in_erp: {
      title: 'Transportadora não cadastrada no ERP',
      short: 'ERP',
      explanation: 'O ERP da loja não conhece a transportadora escolhida para o pedido e por isso o recusou.'
    },
    marketplace_status: {
      title: 'Status no marketplace',
      short: 'Status',
      explanation:
        'O pedido está num status que o conector não integra: cancelado, além do status aceito, fora da janela de nova tentativa ou bloqueado no marketplace.'
    },
    customer_data_invalid: {
      title: 'Dados do cliente inválidos',
      short: 'Cliente',
      explanation: 'O documento (CPF/CNPJ) ou o telefone do cliente está vazio ou inválido.'
    },
    invoice_invalid: {
      title: 'Chave da nota inválida',
      short: 'Nota',
      explanation: 'A chave de acesso da NF-e enviada não tem 44 dígitos ou o dígito verificador está errado.'
    },
    payment_data_invalid: {
      title: 'Dados de pagamento inválidos',
      short: 'Pagamento',
      explanation: 'O valor de pagamento do marketplace está ausente ou não bate com itens mais frete.'
    },
    invalid_cart: {
      title: 'Carrinho inválido',
      short: 'Carrinho',
      explanation: 'O carrinho é inválido: um item não está no catálogo, ou o valor ou a quantidade mínima não foi atingida.'
    },
    duplicate_order: {
      title: 'Pedido duplicado',
      short: 'Duplicado',
      explanation: 'O pedido já existe no OMS da VTEX. Não o reprocesse: marque-o como resolvido.'
    },
    connector_account: {
      title: 'Conta do conector',
      short: 'Conta',
      explanation: 'A conta ou o token do marketplace usado pelo conector está expirado, inválido ou não elegível.'
    },
    listing_rejected: {
      title: 'Anúncio recusado',
      short: 'Anúncio',
      explanation:
        'O marketplace recusou o anúncio do SKU: falta um atributo obrigatório (GTIN, descrição, peso, marca, categoria, valor de mapeamento).'
    },
    listing_locked: {
      title: 'Anúncio bloqueado',
      short: 'Bloqueado',
      explanation: 'O anúncio não pode ser alterado no marketplace agora: finalizado, em revisão ou com logística do marketplace.'
    },
    platform_error: {
      title: 'Erro da plataforma',
      short: 'Plataforma',
      explanation:
        'Um serviço da VTEX falhou ou demorou demais ao processar o pedido. Nada na loja precisa de correção: reprocesse mais tarde.'
    },
    store_order_not_created: {
      title: 'Pedido da loja não criado',
      short: 'Loja',
      explanation:
        'Um cliente não conseguiu comprar na própria loja: um item estava sem estoque, ou um feed XML ocultou o produto sem estoque.'
    },
    unclassified: {
      title: 'Não classificado',
      short: 'Outro',
      explanation:
        'A mensagem não corresponde a nenhum erro conhecido. Os dados do pedido, a mensagem original e o pacote de escalonamento são o caminho.'
    }
  },
  marketplaceNotes: {
    marketplace_status: {
      MGZ: 'A Magazine Luiza só aceita nova tentativa até 30 dias após o pedido.',
      DFT: 'A Dafiti não integra pedidos que já saíram do status Pendente.'
    },
    shipping_data_invalid: { DFT: 'Pedidos FOB e Milk Run da Dafiti exigem o frete FOB configurado no conector.' },
    connector_account: { MLB: 'Os tokens do Mercado Livre expiram: reconecte a conta no conector para renovar a autorização.' },
    invoice_invalid: { B2W: 'A Americanas confere a chave da NF-e: 44 dígitos com dígito verificador válido.' }
  },
  causes: {
    sku_not_found: {
      title: 'SKU não encontrado',
      fix: 'Confira o id no marketplace; busque no catálogo por RefId ou EAN',
      verdict: 'O SKU {sku} não está no catálogo'
    },
    sku_id_not_numeric: {
      title: 'Id de SKU não numérico',
      fix: 'Corrija o mapeamento do SKU no marketplace',
      verdict: 'O marketplace enviou “{sku}” como id do SKU, que não é numérico'
    },
    sku_ref_id_matches_other_sku: {
      title: 'RefId enviado como id de SKU',
      fix: 'Corrija o mapeamento no marketplace: envie o id do SKU',
      verdict: '“{sent}” é o RefId do SKU {sku}, não um id de SKU'
    },
    sku_inactive: {
      title: 'SKU inativo',
      fix: 'Ative o SKU',
      verdict: 'O SKU {sku} está inativo',
      adminSteps: 'Catálogo > Produtos e SKUs: edite o SKU e marque Ativo'
    },
    product_inactive: {
      title: 'Produto inativo',
      fix: 'Ative o produto',
      verdict: 'O produto {product} do SKU {sku} está inativo',
      adminSteps: 'Catálogo > Produtos e SKUs: edite o produto e marque Ativo'
    },
    sku_not_in_trade_policy: {
      title: 'Fora da política comercial',
      fix: 'Associe o produto à política comercial',
      verdict: 'O SKU {sku} não está na política comercial {tp}',
      adminSteps: 'Catálogo > Produtos e SKUs: edite o produto, Políticas comerciais, marque a do marketplace'
    },
    sku_not_in_collection: {
      title: 'Fora da coleção',
      fix: 'Adicione o produto à coleção',
      verdict: 'O SKU {sku} não está na coleção {collection}, a única que a política comercial {tp} vende'
    },
    insufficient_stock: {
      title: 'Estoque insuficiente',
      fix: 'Atualize a quantidade em estoque ou ative o estoque infinito',
      verdict:
        'SKU {sku}: {ordered} pedidos, {available} disponíveis nos estoques que atendem a política comercial {tp} ({warehouses})',
      adminSteps: 'Envio > Gerenciamento de estoque: busque o SKU e atualize a quantidade do estoque'
    },
    negative_inventory: {
      title: 'Estoque negativo',
      fix: 'Corrija a contagem; revise reservas presas',
      verdict: 'O SKU {sku} tem mais reservado do que em estoque ({warehouses})',
      adminSteps: 'Envio > Gerenciamento de estoque: corrija a quantidade do estoque'
    },
    stock_outside_trade_policy: {
      title: 'Estoque fora da política comercial',
      fix: 'Ative ou vincule a doca que separa o estoque da política comercial, ou transfira o estoque',
      verdict: 'O SKU {sku} só tem estoque em armazéns cujas docas não atendem a política comercial {tp} ({warehouses})',
      adminSteps: 'Envio > Docas: edite a doca, ative-a ou adicione a política comercial'
    },
    no_dock_for_trade_policy: {
      title: 'Sem doca para a política comercial',
      fix: 'Vincule uma doca à política comercial',
      verdict: 'Nenhuma doca ativa atende a política comercial {tp}',
      adminSteps: 'Envio > Docas: edite uma doca e adicione a política comercial'
    },
    postal_code_not_covered: {
      title: 'CEP não atendido',
      fix: 'Estenda os valores de frete de uma política de envio ao CEP',
      verdict: 'O CEP {cep} está fora das faixas de frete de todas as políticas de envio ativas da política comercial {tp}',
      adminSteps: 'Envio > Políticas de envio: edite a tabela de frete e inclua a faixa de CEP'
    },
    package_exceeds_carrier_limits: {
      title: 'Pacote acima dos limites',
      fix: 'Ajuste os limites da política de envio ou as dimensões do SKU',
      verdict:
        'O pacote ({package}) para o CEP {cep} está fora dos limites de peso ou tamanho de todas as políticas que o atendem',
      adminSteps: 'Envio > Políticas de envio: aumente as dimensões máximas ou a faixa de peso'
    },
    selected_sla_not_offered: {
      title: 'SLA escolhido não oferecido',
      fix: 'Mapeie o nome do SLA no marketplace ou no conector',
      verdict: 'O pedido escolheu o SLA “{selected}”, mas só {offered} pode entregar o SKU {sku}'
    },
    price_divergence_rule_missing: {
      title: 'Sem regra de divergência',
      fix: 'Configure uma regra de Divergência de valores ou aprove no OMS',
      verdict: 'Pago {paid} contra {expected} esperado ({percent}%), e não há regra de Divergência de valores',
      adminSteps: 'Configurações da loja > Pedidos > Autorização de pedidos: Divergência de valores, adicione uma regra'
    },
    price_divergence_over_allowance: {
      title: 'Divergência acima da regra',
      fix: 'Amplie a regra ou corrija o preço e reprocesse',
      verdict: 'Pago {paid} contra {expected} esperado: divergência de {percent}%, fora de toda faixa de autorização ({ranges})',
      adminSteps: 'Configurações da loja > Pedidos > Autorização de pedidos: Divergência de valores, edite as faixas'
    },
    price_divergence_awaiting_approval: {
      title: 'Aguardando aprovação',
      fix: 'Aprove o pedido no OMS',
      verdict: 'Uma divergência de {percent}% aguarda autorização manual{order}',
      adminSteps: 'Pedidos > Todos os pedidos: abra o pedido e clique em Aprovar pedido'
    },
    item_price_differs: {
      title: 'Preço do item diferente',
      fix: 'Corrija o preço na política comercial ou aceite-o',
      verdict: 'O SKU {sku} foi vendido a {sent}; o preço vigente é {expected}'
    },
    freight_price_differs: {
      title: 'Frete diferente',
      fix: 'Confira o frete cobrado pelo marketplace',
      verdict: 'Frete pago {sent}; o SLA simulado custa {expected}'
    },
    price_missing_for_trade_policy: {
      title: 'Sem preço na política comercial',
      fix: 'Defina um preço para a política comercial',
      verdict: 'O SKU {sku} não tem preço base nem preço fixo para a política comercial {tp}',
      adminSteps: 'Preços > Lista de preços: defina o preço do SKU'
    },
    price_expired_for_trade_policy: {
      title: 'Preço expirado',
      fix: 'Renove o preço',
      verdict: 'O único preço do SKU {sku} para a política comercial {tp} terminou em {date}',
      adminSteps: 'Preços > Lista de preços: estenda as datas do preço fixo'
    },
    address_incomplete: {
      title: 'Endereço incompleto',
      fix: 'Corrija o endereço no marketplace',
      verdict: 'Faltam no endereço: {fields}'
    },
    postal_code_malformed: {
      title: 'CEP inválido',
      fix: 'Corrija o CEP no marketplace',
      verdict: '“{cep}” não é um CEP válido para {country}'
    },
    fob_not_configured: {
      title: 'FOB não configurado',
      fix: 'Configure o frete FOB / Milk Run no marketplace',
      verdict: 'Pedido FOB de {connector}, mas o conector não tem frete FOB'
    },
    carrier_not_mapped_in_erp: {
      title: 'Transportadora fora do ERP',
      fix: 'Cadastre a transportadora no ERP',
      verdict: 'O ERP não conhece a transportadora “{courier}” (conhece {known})'
    },
    order_canceled_at_marketplace: {
      title: 'Cancelado no marketplace',
      fix: 'Nenhuma: um pedido cancelado não pode ser recriado',
      verdict: 'O pedido está cancelado ({status}) e não pode ser recriado'
    },
    order_status_not_integrable: {
      title: 'Status não integrável',
      fix: 'Nada na VTEX: contate o marketplace',
      verdict: 'O status “{status}” está além do que o conector integra'
    },
    retry_window_expired: {
      title: 'Prazo de nova tentativa esgotado',
      fix: 'Nenhuma: o marketplace não o aceita mais',
      verdict: 'O pedido tem {age} dias; {marketplace} só aceita nova tentativa em {window} dias'
    },
    marketplace_blocked_item: {
      title: 'Bloqueado no marketplace',
      fix: 'Contate o marketplace',
      verdict: 'A loja tem tudo disponível; o marketplace bloqueou {skus}'
    },
    customer_document_invalid: {
      title: 'Documento do cliente inválido',
      fix: 'Corrija o documento no marketplace',
      verdict: 'O documento do cliente {document} é inválido ({reason})'
    },
    customer_phone_invalid: {
      title: 'Telefone do cliente inválido',
      fix: 'Corrija o telefone no marketplace',
      verdict: 'O telefone do cliente {phone} é inválido ({reason})'
    },
    invoice_key_invalid: {
      title: 'Chave da NF-e inválida',
      fix: 'Corrija a nota fiscal',
      verdict: 'A chave da NF-e {key} é inválida ({reason})'
    },
    payment_value_missing: {
      title: 'Valor de pagamento ausente',
      fix: 'Corrija o payload do conector',
      verdict: 'O marketplace não enviou o valor do pagamento'
    },
    payment_value_differs_from_items: {
      title: 'Pagamento diferente dos itens',
      fix: 'Corrija o payload do conector',
      verdict: 'Pago {paid}, mas itens mais frete somam {expected}'
    },
    cart_below_minimum: {
      title: 'Carrinho abaixo do mínimo',
      fix: 'Nenhuma: o mínimo do marketplace não foi atingido',
      verdict: 'O carrinho é de {actual}; o mínimo do afiliado é {minimum}'
    },
    order_already_in_oms: {
      title: 'Já existe no OMS',
      fix: 'Marque como resolvido; nunca reprocesse',
      verdict: 'O OMS já tem este pedido como {order} — não reprocesse'
    },
    trade_policy_not_bound_to_store: {
      title: 'Política comercial não vinculada',
      fix: 'Vincule a política comercial à loja no Admin',
      verdict: 'O seller {affiliate} não está autorizado na política comercial {tp}',
      adminSteps: 'Configurações da loja > Canais > Políticas comerciais: vincule a política comercial ao seller'
    },
    connector_credentials_invalid: {
      title: 'Credenciais do conector',
      fix: 'Renove as credenciais no conector',
      verdict: 'A conta ou o token de {connector} usado pelo conector não é válido'
    },
    listing_attribute_missing: {
      title: 'Atributo do anúncio ausente',
      fix: 'Preencha no catálogo ou no mapeamento',
      verdict: 'Falta ao SKU {sku}: {attributes}'
    },
    marketplace_listing_locked: {
      title: 'Anúncio bloqueado',
      fix: 'Aguarde ou aja no marketplace',
      verdict: 'O anúncio não pode ser alterado no marketplace ({status})'
    },
    transient_platform_error: {
      title: 'Erro temporário da VTEX',
      fix: 'Reprocesse mais tarde',
      verdict: 'Um serviço da VTEX falhou após {attempts} tentativas; nada na loja está errado'
    },
    out_of_stock_not_sellable: {
      title: 'Não vendável sem estoque',
      fix: 'Atualize o estoque ou ative o estoque infinito',
      verdict: 'O SKU {sku} não tem estoque, nem estoque infinito, nem está configurado para vender sem estoque',
      adminSteps: 'Envio > Gerenciamento de estoque: atualize a quantidade ou marque estoque infinito'
    },
    xml_hides_out_of_stock: {
      title: 'XML oculta SKUs sem estoque',
      fix: 'Ative “exibir SKUs indisponíveis” na integração XML',
      verdict: 'A integração XML {integrations} oculta o SKU {sku} enquanto está sem estoque'
    }
  },
  outcomes: {
    no_cause_found: {
      title: 'Nenhuma causa encontrada',
      explanation: 'Todas as verificações passam no espelho: o pedido deve integrar agora. Reprocesse-o.'
    },
    unexplained: {
      title: 'Sem explicação',
      explanation:
        'A mensagem não foi reconhecida e nenhuma verificação encontrou problema. Isso não é um sinal verde: não reprocesse por isso — escale com o que foi verificado.'
    },
    insufficient_data: {
      title: 'Dados insuficientes',
      explanation: 'Falta no espelho o que uma verificação precisa: {missing}. Importe esses arquivos ou sincronize a conta.'
    }
  },
  fixKinds: {
    update_inventory: 'Atualizar o estoque',
    set_infinite_inventory: 'Ativar estoque infinito',
    activate_sku: 'Ativar o SKU',
    activate_product: 'Ativar o produto',
    associate_trade_policy: 'Associar à política comercial',
    add_to_collection: 'Adicionar à coleção',
    link_dock_trade_policy: 'Vincular a doca à política comercial',
    activate_dock: 'Ativar a doca',
    activate_shipping_policy: 'Ativar a política de envio',
    set_price: 'Definir um preço',
    renew_price: 'Renovar o preço',
    add_divergence_rule: 'Adicionar faixa à regra de divergência',
    register_erp_carrier: 'Cadastrar a transportadora no ERP',
    xml_show_out_of_stock: 'Exibir SKUs indisponíveis no XML',
    approve_in_oms: 'Aprovar no OMS',
    act_at_marketplace: 'Corrigir no marketplace',
    act_in_admin: 'Corrigir no Admin VTEX',
    reprocess_later: 'Reprocessar mais tarde',
    none: 'Nada a corrigir'
  },
  availability: {
    available: 'disponível',
    withoutStock: 'sem estoque',
    cannotBeDelivered: 'não pode ser entregue',
    unknownSku: 'SKU desconhecido',
    inactive: 'não vendável'
  },
  ruledOut: {
    inactive: 'inativo',
    not_linked_to_trade_policy: 'sem vínculo com a política comercial',
    no_stock: 'sem estoque',
    postal_code_not_covered: 'CEP não atendido',
    weight_over_limit: 'peso acima do limite',
    weight_under_limit: 'peso abaixo do mínimo',
    size_over_limit: 'tamanho acima do limite',
    not_in_mirror: 'fora do espelho'
  },
  inactiveReasons: {
    sku_inactive: 'SKU inativo',
    product_inactive: 'produto inativo',
    not_in_trade_policy: 'fora da política comercial',
    not_in_collection: 'fora da coleção'
  },
  wizardSteps: {
    whatHappened: 'O que aconteceu',
    evidence: 'Evidências',
    fix: 'Correção',
    verify: 'Verificação',
    reprocess: 'Reprocessar'
  },
  reasons: {
    empty: 'vazio',
    length: 'tamanho errado',
    check_digits: 'dígitos verificadores errados',
    check_digit: 'dígito verificador errado',
    repeated_digits: 'todos os dígitos repetidos',
    not_digits: 'não só dígitos',
    area_code: 'DDD inválido'
  },
  checkFamilies: {
    catalog: 'catálogo (SKU, produto)',
    trade_policy: 'política comercial',
    stock: 'estoque e alcance',
    delivery: 'SLA, CEP e pacote',
    price: 'validade do preço',
    price_divergence: 'divergência de preço',
    shipping_data: 'dados de entrega',
    customer_data: 'dados do cliente',
    invoice: 'nota fiscal',
    payment: 'pagamento',
    marketplace_status: 'status no marketplace e prazo de reenvio',
    duplicate: 'duplicidade no OMS',
    connector: 'conta do conector',
    listing: 'anúncio',
    storefront: 'pedido na loja'
  },
  blockers: {
    dock_inactive: { label: 'doca {dock} inativa', verdict: 'A doca {dock} está inativa: ativá-la libera {units} do SKU {sku}' },
    dock_not_linked: {
      label: 'doca {dock} não vinculada à política comercial',
      verdict: 'A doca {dock} não está vinculada à política comercial {tp}: vinculá-la libera {units} do SKU {sku}'
    },
    warehouse_inactive: {
      label: 'estoque inativo',
      verdict: 'O estoque {warehouse} está inativo: ativá-lo libera {units} do SKU {sku}'
    },
    warehouse_not_on_dock: {
      label: 'em nenhuma doca',
      verdict:
        'O estoque {warehouse} não está em nenhuma doca: incluí-lo numa doca da política comercial {tp} libera {units} do SKU {sku}'
    }
  },
  units: { one: '{n} unidade', other: '{n} unidades' },
  inferred: {
    sentence: '{because}; os dados mostram que {verdict} → {type}',
    unrecognised: 'Mensagem não reconhecida',
    uncertain: 'Mensagem reconhecida sem segurança ({confidence} de confiança)',
    checksPassed: 'A mensagem indica {said}, mas as verificações desse tipo passam'
  }
};
