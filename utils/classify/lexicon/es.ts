import type { Lexicon } from './types';

/**
 * Spanish terms of service ("términos y condiciones"). No labelled Spanish data exists, so these
 * rules are the classifier: each asks for the words that make a clause what it is ("no seremos
 * responsables", "se regirán por las leyes de España"), not for a topic word alone. `\b` sees
 * ASCII letters only, so no rule puts it before an accented letter.
 */
const G = '[^.;:]'; // a gap that stays inside one sentence or list item

export const es: Lexicon = {
  rules: {
    liability: [
      // "no seremos responsables", "no asumimos ninguna responsabilidad", "no se hace responsable"
      `\\bno (será|serán|seremos|es|son|somos|se hace|se hacen|nos hacemos|se hará|se harán|nos haremos)( en ningún caso| en modo alguno)? (responsables?|responsabilidad)`,
      `\\bno (podrá|podrán|podemos|puede|pueden) (ser )?(considerad[oa]s? |hech[oa]s? )?(responsables?|responsabilizad)`,
      `\\bno (asume|asumen|asumimos|asumirá|acepta|aceptamos|aceptará|tendrá|tendremos|tiene|tenemos|responde|respondemos|responderá|responderemos)\\b${G}{0,20}\\b(responsabilidad|de ningún|por ningún|por los daños|de los daños)`,
      `\\b(limitación|exclusión|exención|exoneración)(es)? de (nuestra |la |su |toda )?(responsabilidad|garantías?)|\\bninguna responsabilidad|\\bresponsabilidad${G}{0,60}\\b(limitada|excluida|no (excederá|superará))`,
      `\\b(exime|eximimos|excluye|excluimos|excluyen|limita|limitamos|limitan|rechaza|rechazamos)${G}{0,20}\\b(toda |cualquier |nuestra |su )?(responsabilidad|garantía)`,
      `\\bno garantiza(mos|n)?\\b|\\bsin garantías?\\b|\\bninguna garantía|\\bsin ningún tipo de garantía`,
      `\\btal (cual|como (está|se presenta|se ofrece))|\\bsegún disponibilidad|\\ben el estado en que se encuentra`,
      `\\bfuerza mayor|\\bcaso fortuito|\\bfuera de (nuestro|su) (razonable )?control`,
      `\\bdaños${G}{0,10}\\b(indirectos|consecuentes|consecuenciales|emergentes|incidentales|especiales|punitivos)|\\blucro cesante|\\bpérdidas? de (beneficios|datos|ganancias|ingresos|negocio)`,
      `\\b(bajo|por) (su|tu) (propia |exclusiva )?(cuenta y )?(propio |exclusivo )?riesgo|\\b(su|tu) (propio|exclusivo) riesgo`,
      `\\bindemniza|\\bmantener(nos)? indemnes?|\\bexim(ir|e)${G}{0,30}\\bresponsabilidad`,
      `\\ben ningún (caso|supuesto)${G}{0,60}\\b(responsables?|responderá|garantiza)`,
      `\\bdolo\\b|\\bnegligencia grave|\\bculpa grave`,
      // "la Empresa no se responsabiliza de…", "declina toda responsabilidad", "queda exonerada".
      `\\bno (se|nos) (responsabiliza|responsabilizan|responsabilizamos|responsabilizará)|\\bdeclina(mos|n)?${G}{0,20}\\bresponsabilidad|\\b(queda|quedan|quedará|quedarán) (exonerad|exent|eximid)`,
    ],
    law: [
      `\\b(regid|regir|rigen|se rige|sujet|sometid|interpretad|interpretar)[a-z]*${G}{0,40}\\b(ley|leyes|legislación|derecho|normativa) (español|española|españolas|de españa|mexicana|de méxico|argentina|de la república|de irlanda|irlandés|irlandesa|del estado|de los estados unidos|estadounidense|de california|de inglaterra|inglés|inglesa|del país)`,
      `\\b(la |el )(ley|legislación|derecho) aplicable (a |al |será|es )|\\b(ley|legislación|derecho) aplicable y (jurisdicción|fuero|resolución|tribunales)`,
      `\\b(legislación|ley|leyes|derecho) (española|español|mexicana|argentina|chilena|colombiana|irlandesa|inglesa) (será|serán|es) (aplicable|de aplicación)`,
      `\\bconflictos? de leyes|\\bnormas de conflicto|\\bconvención de (las naciones unidas|viena) sobre (los )?contratos`,
    ],
    jurisdiction: [
      `\\b(juzgados|tribunales)${G}{0,40}\\b(competentes|exclusiv)|\\b(juzgados|tribunales) (y tribunales )?(de|del) |\\bjurisdicción (exclusiva|competente|de los)|\\bfuero\\b`,
      `\\bsomet(en|emos|erán|e|ido|idos|erse|ernos|iéndose)${G}{0,40}\\b(jurisdicción|juzgados|tribunales)`,
    ],
    arbitration: [
      // "árbitro": \b cannot see the word start before "á", so the rule starts after it and looks
      // back for "á" (every rule starts at \b: see rules.ts compileLexicon).
      `\\barbitra|\\brbitr(?<=(?<![a-z])árbitr)|\\b(demandas?|acciones?) (colectivas?|de clase)|\\bjuicio (con|por|ante) (un )?jurado|\\breclamaciones (menores|de menor cuantía)`,
    ],
    change: [
      `\\b(modificar|actualizar|cambiar|revisar|enmendar)${G}{0,40}\\b(estos términos|estas condiciones|los términos|las condiciones|el presente|la presente|este acuerdo|este contrato|nuestros términos)`,
      `\\b(modificaciones|cambios|actualizaciones) (de|en|a) (estos|estas|los|las|el presente|la presente|este|nuestros|nuestras) ?(términos|condiciones|acuerdo|contrato)`,
      `\\b(nos reservamos|se reserva|se reservan)${G}{0,20}\\bderecho (de|a) (modificar|cambiar|actualizar|revisar)`,
    ],
    termination: [
      // The provider's right ("podemos suspender", "la Empresa podrá cancelar"), not the user's
      // ("usted puede cancelar su suscripción").
      `\\b(podemos|podremos|podrá|podrán|nos reservamos|se reserva)${G}{0,40}\\b(suspender|cancelar|cerrar|desactivar|bloquear|rescindir|resolver|terminar|restringir|inhabilitar|interrumpir|dejar de (prestar|ofrecer))`,
      `\\bsuspen(der|dida|dido|sión)${G}{0,30}\\b(cuenta|acceso|servicio)|\\bdejar de (prestar|ofrecer)`,
    ],
    'content-removal': [
      `\\b(eliminar|retirar|borrar|bloquear|suprimir|ocultar|rechazar|editar)${G}{0,40}\\b(contenidos?|publicaciones?|publicación|comentarios?|reseñas?|material|mensajes?|fotos?|vídeos?|videos?|anuncios?)`,
      `\\b(contenidos?|material|publicaciones?)${G}{0,30}\\b(eliminados?|retirados?|borrados?|bloqueados?)`,
    ],
    'acceptance-by-use': [
      `\\bal (utilizar|usar|acceder|navegar|descargar|instalar|registrarse|registrarte|hacer clic|crear|continuar)`,
      `\\b(uso|acceso|utilización)${G}{0,40}\\b(implica|supone|constituye|significa)${G}{0,20}\\b(aceptación|conformidad|acuerdo)`,
      `\\bsi (usted )?no (está|estás|acepta|aceptas)${G}{0,80}\\bno (debe|debes|utilice|utilices|use|uses|acceda|accedas)`,
    ],
    fees: [
      `\\bcargos? (recurrentes?|automáticos?|adicionales?|periódicos?|en (su|tu) (tarjeta|cuenta))|\\b(realizar|efectuar|cobrar|cargar)${G}{0,20}\\b(cargo|importe|tarifa|cuota)|\\bcobrar(emos|le|te)?\\b|\\bcobrará`,
      `\\brenovación automática|\\bse renovará automáticamente|\\bse renueva automáticamente|\\b(tarifa|comisión|gastos) (de|por) (cancelación|servicio|transacción|conversión|gestión|tramitación|demora)|\\bpenalizaci|\\bintereses de demora|\\bno reembolsable|\\bsin reembolso|\\bningún reembolso|\\btipo de cambio|\\bconversión de (divisas|moneda)`,
    ],
    data: [
      `\\b(eliminar|borrar|conservar|compartir|divulgar|transferir|ceder|vender)${G}{0,30}\\b(sus|tus|los) (datos|información)`,
      `\\b(eliminación|supresión|conservación|cesión|transferencia|divulgación) de (sus |tus |los )?datos`,
      `\\bdatos${G}{0,20}\\b(serán|podrán ser|pueden ser|se) (eliminados|conservados|compartidos|cedidos|transferidos|borrados)`,
    ],
  },
  veto: {
    // "algunas jurisdicciones no permiten la exclusión…" is about the limits of a disclaimer.
    jurisdiction: [`\\b(algunas|ciertas) (jurisdicciones|países)${G}{0,40}\\bno permiten`],
  },
};
