import type { DomainTexts } from './types';

/** Domain texts (es): error types, causes, fixes, verdict templates; VTEX Admin vocabulary. */
export const domainEs: DomainTexts = {
  errorTypes: {
    sla_unavailable: {
      title: 'Error de SLA',
      short: 'SLA',
      explanation:
        'Ningún SLA pudo entregar el pedido: VTEX simuló el envío de los ítems con la política comercial del marketplace y el código postal del cliente y no encontró ninguna opción. Las causas habituales son el catálogo (SKU inactivo, fuera de la política comercial), stock que la política comercial no alcanza, un muelle no vinculado a la política comercial o un código postal que ninguna política de envío atiende.'
    },
    out_of_stock: {
      title: 'Falta de stock',
      short: 'Stock',
      explanation:
        'VTEX no pudo reservar la cantidad pedida: los almacenes que atienden la política comercial del marketplace no tienen stock disponible suficiente (total menos reservado).'
    },
    sku_unavailable: {
      title: 'SKU no disponible',
      short: 'SKU',
      explanation:
        'El SKU no se puede vender por el marketplace: él o su producto está inactivo, o el producto no está en la política comercial del marketplace ni en la colección a la que se restringe la política comercial.'
    },
    unknown_sku: {
      title: 'SKU no identificado',
      short: 'SKU?',
      explanation:
        'El marketplace envió un id de ítem que no es un SKU de esta tienda: no numérico, inexistente o de un producto creado manualmente en el marketplace. El mapeo se corrige donde está la publicación.'
    },
    catalog_access_denied: {
      title: 'Error de comunicación con el catálogo',
      short: 'Catálogo',
      explanation:
        'El catálogo rechazó el acceso del seller del marketplace a la política comercial: no está vinculada a la tienda para este seller.'
    },
    price_divergence: {
      title: 'Divergencia de precios',
      short: 'Precio',
      explanation:
        'El monto pagado en el marketplace difiere de lo que VTEX espera (ítems a su precio vigente más el flete), y la regla de Divergencia de precios de la tienda no autoriza esa diferencia.'
    },
    price_missing: {
      title: 'Precio sin vigencia',
      short: 'Precio',
      explanation:
        'Un SKU no tiene precio vigente para la política comercial del marketplace: sin precio base ni precio fijo, o el único precio fijo venció.'
    },
    shipping_data_invalid: {
      title: 'Datos de envío inválidos',
      short: 'Dirección',
      explanation:
        'Los datos de envío del pedido están incompletos o son inválidos (campos de la dirección, código postal), o es un pedido FOB sin flete configurado en el conector.'
    },
    carrier_not_in_erp: {
      title: 'Transportadora no registrada en el ERP',
      short: 'ERP',
      explanation: 'El ERP de la tienda no conoce la transportadora elegida para el pedido, por eso lo rechazó.'
    },
    marketplace_status: {
      title: 'Estado en el marketplace',
      short: 'Estado',
      explanation:
        'El pedido está en un estado que el conector no integra: cancelado, más allá del estado aceptado, fuera de la ventana de reintento o bloqueado en el marketplace.'
    },
    customer_data_invalid: {
      title: 'Datos del cliente inválidos',
      short: 'Cliente',
      explanation: 'El documento (CPF/CNPJ) o el teléfono del cliente está vacío o es inválido.'
    },
    invoice_invalid: {
      title: 'Clave de factura inválida',
      short: 'Factura',
      explanation: 'La clave de acceso de la NF-e enviada no tiene 44 dígitos o su dígito verificador es incorrecto.'
    },
    payment_data_invalid: {
      title: 'Datos de pago inválidos',
      short: 'Pago',
      explanation: 'El valor de pago del marketplace falta o no coincide con ítems más flete.'
    },
    invalid_cart: {
      title: 'Carrito inválido',
      short: 'Carrito',
      explanation: 'El carrito es inválido: un ítem no está en el catálogo, o no se alcanzó el valor o la cantidad mínima.'
    },
    duplicate_order: {
      title: 'Pedido duplicado',
      short: 'Duplicado',
      explanation: 'El pedido ya existe en el OMS de VTEX. No lo reproceses: márcalo como resuelto.'
    },
    connector_account: {
      title: 'Cuenta del conector',
      short: 'Cuenta',
      explanation: 'La cuenta o el token del marketplace que usa el conector está vencido, es inválido o no es elegible.'
    },
    listing_rejected: {
      title: 'Publicación rechazada',
      short: 'Publicación',
      explanation:
        'El marketplace rechazó la publicación del SKU: falta un atributo obligatorio (GTIN, descripción, peso, marca, categoría, valor de mapeo).'
    },
    listing_locked: {
      title: 'Publicación bloqueada',
      short: 'Bloqueada',
      explanation:
        'La publicación no se puede cambiar en el marketplace ahora: finalizada, en revisión o con logística del marketplace.'
    },
    platform_error: {
      title: 'Error de la plataforma',
      short: 'Plataforma',
      explanation:
        'Un servicio de VTEX falló o tardó demasiado al procesar el pedido. Nada en la tienda necesita corrección: reprocesa más tarde.'
    },
    store_order_not_created: {
      title: 'Pedido de la tienda no creado',
      short: 'Tienda',
      explanation:
        'Un cliente no pudo comprar en la propia tienda: un ítem no tenía inventario, o un feed XML ocultó el producto sin stock.'
    },
    unclassified: {
      title: 'No clasificado',
      short: 'Otro',
      explanation:
        'El mensaje no coincide con ningún error conocido. Los datos del pedido, el mensaje original y el paquete de escalamiento son el camino.'
    }
  },
  marketplaceNotes: {
    marketplace_status: {
      MGZ: 'Magazine Luiza solo acepta reintentos hasta 30 días después del pedido.',
      DFT: 'Dafiti no integra pedidos que ya salieron del estado Pendiente.'
    },
    shipping_data_invalid: { DFT: 'Los pedidos FOB y Milk Run de Dafiti requieren el flete FOB configurado en el conector.' },
    connector_account: {
      MLB: 'Los tokens de Mercado Libre vencen: reconecta la cuenta en el conector para renovar la autorización.'
    },
    invoice_invalid: { B2W: 'Americanas verifica la clave de NF-e: 44 dígitos con dígito verificador válido.' }
  },
  causes: {
    sku_not_found: {
      title: 'SKU no encontrado',
      fix: 'Revisa el id en el marketplace; busca en el catálogo por RefId o EAN',
      verdict: 'El SKU {sku} no está en el catálogo'
    },
    sku_id_not_numeric: {
      title: 'Id de SKU no numérico',
      fix: 'Corrige el mapeo del SKU en el marketplace',
      verdict: 'El marketplace envió “{sku}” como id del SKU, que no es numérico'
    },
    sku_ref_id_matches_other_sku: {
      title: 'RefId enviado como id de SKU',
      fix: 'Corrige el mapeo en el marketplace: envía el id del SKU',
      verdict: '“{sent}” es el RefId del SKU {sku}, no un id de SKU'
    },
    sku_inactive: {
      title: 'SKU inactivo',
      fix: 'Activa el SKU',
      verdict: 'El SKU {sku} está inactivo',
      adminSteps: 'Catálogo > Productos y SKU: edita el SKU y marca Activo'
    },
    product_inactive: {
      title: 'Producto inactivo',
      fix: 'Activa el producto',
      verdict: 'El producto {product} del SKU {sku} está inactivo',
      adminSteps: 'Catálogo > Productos y SKU: edita el producto y marca Activo'
    },
    sku_not_in_trade_policy: {
      title: 'Fuera de la política comercial',
      fix: 'Asocia el producto a la política comercial',
      verdict: 'El SKU {sku} no está en la política comercial {tp}',
      adminSteps: 'Catálogo > Productos y SKU: edita el producto, Políticas comerciales, marca la del marketplace'
    },
    sku_not_in_collection: {
      title: 'Fuera de la colección',
      fix: 'Agrega el producto a la colección',
      verdict: 'El SKU {sku} no está en la colección {collection}, la única que vende la política comercial {tp}'
    },
    insufficient_stock: {
      title: 'Stock insuficiente',
      fix: 'Actualiza la cantidad en stock o activa el inventario infinito',
      verdict:
        'SKU {sku}: {ordered} pedidos, {available} disponibles en los almacenes que atienden la política comercial {tp} ({warehouses})',
      adminSteps: 'Envío > Gestión de inventario: busca el SKU y actualiza la cantidad del almacén'
    },
    negative_inventory: {
      title: 'Stock negativo',
      fix: 'Corrige el conteo; revisa reservas trabadas',
      verdict: 'El SKU {sku} tiene más reservado que en stock ({warehouses})',
      adminSteps: 'Envío > Gestión de inventario: corrige la cantidad del almacén'
    },
    stock_outside_trade_policy: {
      title: 'Stock fuera de la política comercial',
      fix: 'Activa o vincula el muelle que separa el stock de la política comercial, o mueve el stock',
      verdict: 'El SKU {sku} solo tiene stock en almacenes cuyos muelles no atienden la política comercial {tp} ({warehouses})',
      adminSteps: 'Envío > Muelles: edita el muelle, actívalo o agrega la política comercial'
    },
    no_dock_for_trade_policy: {
      title: 'Sin muelle para la política comercial',
      fix: 'Vincula un muelle a la política comercial',
      verdict: 'Ningún muelle activo atiende la política comercial {tp}',
      adminSteps: 'Envío > Muelles: edita un muelle y agrega la política comercial'
    },
    postal_code_not_covered: {
      title: 'Código postal no atendido',
      fix: 'Extiende los valores de flete de una política de envío al código postal',
      verdict:
        'El código postal {cep} está fuera de los rangos de flete de todas las políticas de envío activas de la política comercial {tp}',
      adminSteps: 'Envío > Políticas de envío: edita la tabla de fletes e incluye el rango de código postal'
    },
    package_exceeds_carrier_limits: {
      title: 'Paquete fuera de los límites',
      fix: 'Ajusta los límites de la política de envío o las dimensiones del SKU',
      verdict:
        'El paquete ({package}) al código postal {cep} está fuera de los límites de peso o tamaño de todas las políticas que lo atienden',
      adminSteps: 'Envío > Políticas de envío: aumenta las dimensiones máximas o el rango de peso'
    },
    selected_sla_not_offered: {
      title: 'SLA elegido no ofrecido',
      fix: 'Mapea el nombre del SLA en el marketplace o el conector',
      verdict: 'El pedido eligió el SLA “{selected}”, pero solo {offered} puede entregar el SKU {sku}'
    },
    price_divergence_rule_missing: {
      title: 'Sin regla de divergencia',
      fix: 'Configura una regla de Divergencia de precios o aprueba en el OMS',
      verdict: 'Pagado {paid} frente a {expected} esperado ({percent}%), y no hay regla de Divergencia de precios',
      adminSteps: 'Configuración de la tienda > Pedidos > Autorización de pedidos: Divergencia de precios, agrega una regla'
    },
    price_divergence_over_allowance: {
      title: 'Divergencia sobre la regla',
      fix: 'Amplía la regla o corrige el precio y reprocesa',
      verdict:
        'Pagado {paid} frente a {expected} esperado: divergencia de {percent}%, fuera de todo rango de autorización ({ranges})',
      adminSteps: 'Configuración de la tienda > Pedidos > Autorización de pedidos: Divergencia de precios, edita los rangos'
    },
    price_divergence_awaiting_approval: {
      title: 'Esperando aprobación',
      fix: 'Aprueba el pedido en el OMS',
      verdict: 'Una divergencia de {percent}% espera autorización manual{order}',
      adminSteps: 'Pedidos > Todos los pedidos: abre el pedido y haz clic en Aprobar pedido'
    },
    item_price_differs: {
      title: 'Precio del ítem diferente',
      fix: 'Corrige el precio en la política comercial o acéptalo',
      verdict: 'El SKU {sku} se vendió a {sent}; su precio vigente es {expected}'
    },
    freight_price_differs: {
      title: 'Flete diferente',
      fix: 'Revisa el flete cobrado por el marketplace',
      verdict: 'Flete pagado {sent}; el SLA simulado cuesta {expected}'
    },
    price_missing_for_trade_policy: {
      title: 'Sin precio para la política comercial',
      fix: 'Define un precio para la política comercial',
      verdict: 'El SKU {sku} no tiene precio base ni precio fijo para la política comercial {tp}',
      adminSteps: 'Precios > Lista de precios: define el precio del SKU'
    },
    price_expired_for_trade_policy: {
      title: 'Precio vencido',
      fix: 'Renueva el precio',
      verdict: 'El único precio del SKU {sku} para la política comercial {tp} terminó el {date}',
      adminSteps: 'Precios > Lista de precios: extiende las fechas del precio fijo'
    },
    address_incomplete: {
      title: 'Dirección incompleta',
      fix: 'Corrige la dirección en el marketplace',
      verdict: 'Faltan en la dirección: {fields}'
    },
    postal_code_malformed: {
      title: 'Código postal inválido',
      fix: 'Corrige el código postal en el marketplace',
      verdict: '“{cep}” no es un código postal válido para {country}'
    },
    fob_not_configured: {
      title: 'FOB no configurado',
      fix: 'Configura el flete FOB / Milk Run en el marketplace',
      verdict: 'Pedido FOB de {connector}, pero el conector no tiene flete FOB'
    },
    carrier_not_mapped_in_erp: {
      title: 'Transportadora fuera del ERP',
      fix: 'Registra la transportadora en el ERP',
      verdict: 'El ERP no conoce la transportadora “{courier}” (conoce {known})'
    },
    order_canceled_at_marketplace: {
      title: 'Cancelado en el marketplace',
      fix: 'Ninguna: un pedido cancelado no puede recrearse',
      verdict: 'El pedido está cancelado ({status}) y no puede recrearse'
    },
    order_status_not_integrable: {
      title: 'Estado no integrable',
      fix: 'Nada en VTEX: contacta al marketplace',
      verdict: 'El estado “{status}” está más allá de lo que integra el conector'
    },
    retry_window_expired: {
      title: 'Ventana de reintento vencida',
      fix: 'Ninguna: el marketplace ya no lo acepta',
      verdict: 'El pedido tiene {age} días; {marketplace} solo reintenta dentro de {window} días'
    },
    marketplace_blocked_item: {
      title: 'Bloqueado en el marketplace',
      fix: 'Contacta al marketplace',
      verdict: 'La tienda tiene todo disponible; el marketplace bloqueó {skus}'
    },
    customer_document_invalid: {
      title: 'Documento del cliente inválido',
      fix: 'Corrige el documento en el marketplace',
      verdict: 'El documento del cliente {document} es inválido ({reason})'
    },
    customer_phone_invalid: {
      title: 'Teléfono del cliente inválido',
      fix: 'Corrige el teléfono en el marketplace',
      verdict: 'El teléfono del cliente {phone} es inválido ({reason})'
    },
    invoice_key_invalid: {
      title: 'Clave de NF-e inválida',
      fix: 'Corrige la factura',
      verdict: 'La clave de NF-e {key} es inválida ({reason})'
    },
    payment_value_missing: {
      title: 'Valor de pago ausente',
      fix: 'Corrige el payload del conector',
      verdict: 'El marketplace no envió el valor del pago'
    },
    payment_value_differs_from_items: {
      title: 'Pago distinto de los ítems',
      fix: 'Corrige el payload del conector',
      verdict: 'Pagado {paid}, pero ítems más flete suman {expected}'
    },
    cart_below_minimum: {
      title: 'Carrito bajo el mínimo',
      fix: 'Ninguna: no se alcanzó el mínimo del marketplace',
      verdict: 'El carrito es de {actual}; el mínimo del afiliado es {minimum}'
    },
    order_already_in_oms: {
      title: 'Ya existe en el OMS',
      fix: 'Márcalo como resuelto; nunca reproceses',
      verdict: 'El OMS ya tiene este pedido como {order} — no lo reproceses'
    },
    trade_policy_not_bound_to_store: {
      title: 'Política comercial no vinculada',
      fix: 'Vincula la política comercial a la tienda en el Admin',
      verdict: 'El seller {affiliate} no está autorizado en la política comercial {tp}',
      adminSteps: 'Configuración de la tienda > Canales > Políticas comerciales: vincula la política comercial al seller'
    },
    connector_credentials_invalid: {
      title: 'Credenciales del conector',
      fix: 'Renueva las credenciales en el conector',
      verdict: 'La cuenta o el token de {connector} que usa el conector no es válido'
    },
    listing_attribute_missing: {
      title: 'Falta un atributo de la publicación',
      fix: 'Complétalo en el catálogo o el mapeo',
      verdict: 'Al SKU {sku} le falta: {attributes}'
    },
    marketplace_listing_locked: {
      title: 'Publicación bloqueada',
      fix: 'Espera o actúa en el marketplace',
      verdict: 'La publicación no se puede cambiar en el marketplace ({status})'
    },
    transient_platform_error: {
      title: 'Error temporal de VTEX',
      fix: 'Reprocesa más tarde',
      verdict: 'Un servicio de VTEX falló tras {attempts} intentos; nada en la tienda está mal'
    },
    out_of_stock_not_sellable: {
      title: 'No vendible sin stock',
      fix: 'Actualiza el inventario o activa el inventario infinito',
      verdict: 'El SKU {sku} no tiene stock, ni inventario infinito, ni está configurado para vender sin stock',
      adminSteps: 'Envío > Gestión de inventario: actualiza la cantidad o marca inventario infinito'
    },
    xml_hides_out_of_stock: {
      title: 'XML oculta SKU sin stock',
      fix: 'Activa “mostrar SKU no disponibles” en la integración XML',
      verdict: 'La integración XML {integrations} oculta el SKU {sku} mientras no tiene stock'
    }
  },
  outcomes: {
    no_cause_found: {
      title: 'Ninguna causa encontrada',
      explanation: 'Todas las verificaciones pasan en el espejo: el pedido debería integrarse ahora. Reprocésalo.'
    },
    unexplained: {
      title: 'Sin explicación',
      explanation:
        'El mensaje no se reconoció y ninguna verificación encontró un problema. No es luz verde: no reproceses por eso — escálalo con lo que se verificó.'
    },
    insufficient_data: {
      title: 'Datos insuficientes',
      explanation: 'Al espejo le falta lo que una verificación necesita: {missing}. Importa esos archivos o sincroniza la cuenta.'
    }
  },
  fixKinds: {
    update_inventory: 'Actualizar el inventario',
    set_infinite_inventory: 'Activar inventario infinito',
    activate_sku: 'Activar el SKU',
    activate_product: 'Activar el producto',
    associate_trade_policy: 'Asociar a la política comercial',
    add_to_collection: 'Agregar a la colección',
    link_dock_trade_policy: 'Vincular el muelle a la política comercial',
    activate_dock: 'Activar el muelle',
    activate_shipping_policy: 'Activar la política de envío',
    set_price: 'Definir un precio',
    renew_price: 'Renovar el precio',
    add_divergence_rule: 'Agregar un rango a la regla de divergencia',
    register_erp_carrier: 'Registrar la transportadora en el ERP',
    xml_show_out_of_stock: 'Mostrar SKU no disponibles en el XML',
    approve_in_oms: 'Aprobar en el OMS',
    act_at_marketplace: 'Corregir en el marketplace',
    act_in_admin: 'Corregir en el Admin de VTEX',
    reprocess_later: 'Reprocesar más tarde',
    none: 'Nada que corregir'
  },
  availability: {
    available: 'disponible',
    withoutStock: 'sin stock',
    cannotBeDelivered: 'no se puede entregar',
    unknownSku: 'SKU desconocido',
    inactive: 'no vendible'
  },
  ruledOut: {
    inactive: 'inactivo',
    not_linked_to_trade_policy: 'sin vínculo con la política comercial',
    no_stock: 'sin stock',
    postal_code_not_covered: 'código postal no atendido',
    weight_over_limit: 'peso sobre el límite',
    weight_under_limit: 'peso bajo el mínimo',
    size_over_limit: 'tamaño sobre el límite',
    not_in_mirror: 'fuera del espejo'
  },
  inactiveReasons: {
    sku_inactive: 'SKU inactivo',
    product_inactive: 'producto inactivo',
    not_in_trade_policy: 'fuera de la política comercial',
    not_in_collection: 'fuera de la colección'
  },
  wizardSteps: {
    whatHappened: 'Qué pasó',
    evidence: 'Evidencia',
    fix: 'Corrección',
    verify: 'Verificación',
    reprocess: 'Reprocesar'
  },
  reasons: {
    empty: 'vacío',
    length: 'longitud incorrecta',
    check_digits: 'dígitos verificadores incorrectos',
    check_digit: 'dígito verificador incorrecto',
    repeated_digits: 'todos los dígitos repetidos',
    not_digits: 'no solo dígitos',
    area_code: 'código de área inválido'
  },
  checkFamilies: {
    catalog: 'catálogo (SKU, producto)',
    trade_policy: 'política comercial',
    stock: 'stock y su alcance',
    delivery: 'SLA, código postal y paquete',
    price: 'vigencia del precio',
    price_divergence: 'divergencia de precio',
    shipping_data: 'datos de envío',
    customer_data: 'datos del cliente',
    invoice: 'factura',
    payment: 'pago',
    marketplace_status: 'estado en el marketplace y plazo de reintento',
    duplicate: 'duplicados en OMS',
    connector: 'cuenta del conector',
    listing: 'publicación',
    storefront: 'pedido en la tienda'
  },
  blockers: {
    dock_inactive: {
      label: 'muelle {dock} inactivo',
      verdict: 'El muelle {dock} está inactivo: activarlo libera {units} del SKU {sku}'
    },
    dock_not_linked: {
      label: 'muelle {dock} no vinculado a la política comercial',
      verdict: 'El muelle {dock} no está vinculado a la política comercial {tp}: vincularlo libera {units} del SKU {sku}'
    },
    warehouse_inactive: {
      label: 'almacén inactivo',
      verdict: 'El almacén {warehouse} está inactivo: activarlo libera {units} del SKU {sku}'
    },
    warehouse_not_on_dock: {
      label: 'en ningún muelle',
      verdict:
        'El almacén {warehouse} no está en ningún muelle: agregarlo a un muelle de la política comercial {tp} libera {units} del SKU {sku}'
    }
  },
  units: { one: '{n} unidad', other: '{n} unidades' },
  inferred: {
    sentence: '{because}; los datos muestran que {verdict} → {type}',
    unrecognised: 'Mensaje no reconocido',
    uncertain: 'Mensaje reconocido sin certeza ({confidence} de confianza)',
    checksPassed: 'El mensaje apunta a {said}, pero las verificaciones de ese tipo pasan'
  }
};
