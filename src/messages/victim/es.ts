// SPDX-License-Identifier: EUPL-1.2
// Victim pages in Spanish. Translated from the Dutch by us, not yet checked by a fluent reviewer.
import type { VictimMessages } from './victim-messages.ts'

export const es: VictimMessages = {
  lang: 'es',
  dir: 'ltr',
  languageName: 'Español',
  status: 'machine',
  siteName: 'Guía: trata de personas',
  skipLink: 'Ir al contenido',
  quickExit: {
    label: 'Salida rápida',
    hint: 'Sal de esta web ahora mismo',
    shortcut: 'o pulsa 3 veces Shift',
    presses: 'Pulsa Shift {n} veces más para salir de esta web',
    leaving: 'Estás saliendo de esta web',
  },
  chooser: { label: 'Idioma' },
  machineNote:
    'Hemos traducido esta página nosotros; todavía no la ha revisado un hablante nativo. Los números de teléfono vienen de nuestros datos verificados.',
  nav: { label: 'Páginas para ti' },
  emergency: '¿Estás en peligro inmediato? Llama al 112.',
  help: {
    title: '¿Me están explotando?',
    intro:
      '¿Tienes que hacer un trabajo que no quieres? ¿Recibes poco dinero o nada? ¿Otra persona tiene tu pasaporte? Entonces quizá te están explotando. Eso está prohibido. Puedes recibir ayuda.',
    safeNote:
      '¿Usas un teléfono o un ordenador que también usa otra persona? Lee primero cómo navegar de forma segura.',
    questionsHeading: '¿Te suena esto?',
    questions: [
      'Otra persona decide dónde trabajas, vives o duermes.',
      'Tienes que entregar el dinero que ganas.',
      'Tienes una deuda que no deja de crecer.',
      'Te amenazan a ti o a las personas que quieres.',
      'No eres libre de irte.',
    ],
    helpHeading: '¿Quién te ayuda?',
    helpIntro: 'Estas organizaciones te escuchan. No tienes que denunciar enseguida.',
    moreInfo: 'Más sobre estas organizaciones (en inglés):',
  },
  rights: {
    title: 'Tus derechos',
    intro: 'Si eres víctima de trata de personas, tienes derechos. Puedes recibir ayuda antes de decidir si denuncias.',
    items: [
      'Tienes un abogado gratis, también durante el tiempo para pensar.',
      'Nunca pagas un intérprete: ni en el refugio, ni con tu abogado, ni en el juicio.',
      'Puedes tener un lugar seguro donde vivir. Para adultos de otros países, lo organiza CoMensha.',
      'Un médico revisa tu salud. Durante el tiempo para pensar, se pagan tus gastos médicos.',
      '¿Te obligaron a cometer delitos? Entonces no deberían castigarte por ellos.',
      'Puedes pedir dinero por el daño que te hicieron.',
    ],
    reflectionHeading: 'Tiempo para pensar (periodo de reflexión)',
    reflection: [
      '¿Vienes de un país fuera de la UE? Entonces tienes hasta 3 meses para decidir si denuncias o ayudas a la policía de otra forma.',
      '¿Vienes de la UE, pero no tienes derecho de residencia según las normas de la UE? Entonces también puedes tener este tiempo.',
      'Durante este tiempo puedes quedarte en los Países Bajos. Recibes un lugar donde vivir, dinero para vivir y atención médica.',
      'La policía debe ofrecerte este tiempo a la primera señal de que puedes ser víctima.',
    ],
  },
  report: {
    title: 'Qué pasa si denuncias',
    intro:
      'Denunciar significa contar a la policía lo que te pasó, para que pueda investigarlo. Tú decides si lo haces.',
    steps: [
      'Primero la policía habla contigo. Te explica qué significa denunciar, qué pasa después y qué ayuda puedes recibir.',
      'Si denuncias, la policía escribe lo que cuentas. Tu abogado puede ayudarte.',
      '¿Vienes de fuera de la UE? Si denuncias, recibes un permiso de residencia mientras duran la investigación y el juicio.',
      'Con ese permiso puedes trabajar o estudiar.',
      'El fiscal decide si el caso va a juicio.',
    ],
    choice: 'No tienes que decidir enseguida. Las organizaciones de esta web te ayudan, también si no denuncias.',
  },
  safe: {
    title: 'Navegar por esta web de forma segura',
    intro:
      'Quizá alguien vigila tu teléfono o tu ordenador. Así reduces la posibilidad de que alguien vea que estuviste aquí.',
    tips: [
      'Arriba en cada página está la barra roja «Salida rápida». Tócala: vas directamente a una web del tiempo.',
      'En un ordenador también puedes pulsar 3 veces rápido la tecla Shift.',
      'Usa una ventana privada (incógnito). Así el navegador no recuerda qué páginas viste.',
      'Fuera de una ventana privada, el historial del navegador muestra que estuviste aquí. Bórralo después de tu visita.',
      'Si puedes, usa el teléfono o el ordenador de alguien de confianza, o uno de una biblioteca.',
    ],
    noCookies: 'Esta web no guarda cookies y no envía nada a otras webs.',
  },
  card: {
    title: 'Ayuda contra la explotación',
    what: 'La trata de personas significa que alguien te hace trabajar, tener sexo o cometer delitos para su propio beneficio, con fuerza, amenazas, deudas o mentiras. En los Países Bajos es un delito. Puedes recibir ayuda.',
    rightsHeading: 'Tus derechos',
    rights: [
      'Ayuda, abogado e intérprete gratis.',
      'Un lugar seguro donde vivir.',
      'Tiempo para pensar antes de decidir si denuncias (hasta 3 meses si vienes de fuera de la UE).',
    ],
    numbersHeading: 'A quién llamar',
    print: 'Imprimir esta tarjeta',
    a4: 'Página A4',
    a6: 'Tarjeta A6',
    website: 'Web',
  },
  footer: 'Esta web no usa cookies. La información viene de fuentes públicas.',
  notFound: {
    title: 'Esta página no existe',
    text: 'Puede que la dirección esté mal escrita. Aquí encontrarás ayuda:',
  },
}
