// SPDX-License-Identifier: EUPL-1.2
// Victim pages in Portuguese. Translated from the Dutch by us, not yet checked by a fluent reviewer.
import type { VictimMessages } from './victim-messages.ts'

export const pt: VictimMessages = {
  lang: 'pt',
  dir: 'ltr',
  languageName: 'Português',
  status: 'machine',
  siteName: 'Guia: tráfico de seres humanos',
  skipLink: 'Ir para o conteúdo',
  quickExit: {
    label: 'Saída rápida',
    hint: 'Sair deste site imediatamente',
    shortcut: 'ou carregue 3 vezes em Shift',
    presses: 'Carregue em Shift mais {n} vezes para sair deste site',
    leaving: 'Está a sair deste site',
  },
  chooser: { label: 'Língua' },
  machineNote:
    'Traduzimos esta página nós mesmos; ainda não foi revista por um falante nativo. Os números de telefone vêm dos nossos dados verificados.',
  nav: { label: 'Páginas para si' },
  emergency: 'Está em perigo imediato? Ligue para o 112.',
  help: {
    title: 'Estou a ser explorado(a)?',
    intro:
      'Tem de fazer um trabalho que não quer? Recebe pouco ou nenhum dinheiro? Outra pessoa guarda o seu passaporte? Então talvez esteja a ser explorado(a). Isso é proibido. Pode receber ajuda.',
    safeNote: 'Usa um telefone ou computador que outra pessoa também usa? Leia primeiro como navegar em segurança.',
    questionsHeading: 'Reconhece isto?',
    questions: [
      'Outra pessoa decide onde trabalha, vive ou dorme.',
      'Tem de entregar o dinheiro que ganha.',
      'Tem uma dívida que não para de crescer.',
      'É ameaçado(a), ou as pessoas de quem gosta são ameaçadas.',
      'Não é livre de ir embora.',
    ],
    helpHeading: 'Quem o(a) ajuda?',
    helpIntro: 'Estas organizações ouvem-no(a). Não tem de apresentar queixa logo.',
    moreInfo: 'Mais sobre estas organizações (em inglês):',
  },
  rights: {
    title: 'Os seus direitos',
    intro:
      'Se é vítima de tráfico de seres humanos, tem direitos. Pode receber ajuda antes de decidir se apresenta queixa.',
    items: [
      'Tem um advogado gratuito, também durante o tempo para pensar.',
      'Nunca paga um intérprete: nem no abrigo, nem com o advogado, nem no tribunal.',
      'Pode ter um lugar seguro para viver. Para adultos do estrangeiro, a CoMensha trata disso.',
      'Um médico verifica a sua saúde. Durante o tempo para pensar, as despesas médicas são pagas.',
      'Foi obrigado(a) a cometer crimes? Então não deve ser castigado(a) por eles.',
      'Pode pedir dinheiro pelos danos que lhe causaram.',
    ],
    reflectionHeading: 'Tempo para pensar (período de reflexão)',
    reflection: [
      'Vem de um país fora da UE? Então tem até 3 meses para decidir se apresenta queixa ou ajuda a polícia de outra forma.',
      'Vem da UE, mas não tem direito de residência segundo as regras da UE? Então também pode ter este tempo.',
      'Durante este tempo pode ficar nos Países Baixos. Recebe um lugar para viver, dinheiro para viver e cuidados médicos.',
      'A polícia deve oferecer-lhe este tempo ao primeiro sinal de que pode ser vítima.',
    ],
  },
  report: {
    title: 'O que acontece se apresentar queixa',
    intro:
      'Apresentar queixa significa contar à polícia o que lhe aconteceu, para que possa investigar. É você quem decide se o faz.',
    steps: [
      'Primeiro a polícia fala consigo. Explica o que significa apresentar queixa, o que acontece depois e que ajuda pode receber.',
      'Se apresentar queixa, a polícia escreve o que conta. O seu advogado pode ajudá-lo(a).',
      'Vem de fora da UE? Se apresentar queixa, recebe uma autorização de residência enquanto durarem a investigação e o processo.',
      'Com essa autorização pode trabalhar ou estudar.',
      'O Ministério Público decide se o caso vai a tribunal.',
    ],
    choice: 'Não tem de decidir já. As organizações deste site ajudam-no(a), também se não apresentar queixa.',
  },
  safe: {
    title: 'Navegar neste site em segurança',
    intro: 'Talvez alguém vigie o seu telefone ou computador. Assim diminui a hipótese de alguém ver que esteve aqui.',
    tips: [
      'No topo de cada página está a barra vermelha «Saída rápida». Toque nela: vai logo para um site do tempo.',
      'Num computador também pode carregar 3 vezes rapidamente na tecla Shift.',
      'Use uma janela privada (anónima). Assim o navegador não se lembra das páginas que viu.',
      'Fora de uma janela privada, o histórico do navegador mostra que esteve aqui. Apague-o depois da visita.',
      'Se puder, use o telefone ou computador de alguém em quem confia, ou um de uma biblioteca.',
    ],
    noCookies: 'Este site não guarda cookies e não envia nada para outros sites.',
  },
  card: {
    title: 'Ajuda contra a exploração',
    what: 'Tráfico de seres humanos significa que alguém o(a) obriga a trabalhar, a ter sexo ou a cometer crimes para seu próprio lucro, com força, ameaças, dívidas ou mentiras. Nos Países Baixos isso é crime. Pode receber ajuda.',
    rightsHeading: 'Os seus direitos',
    rights: [
      'Ajuda, advogado e intérprete gratuitos.',
      'Um lugar seguro para viver.',
      'Tempo para pensar antes de decidir se apresenta queixa (até 3 meses se vem de fora da UE).',
    ],
    numbersHeading: 'Para quem ligar',
    print: 'Imprimir este cartão',
    a4: 'Página A4',
    a6: 'Cartão A6',
    website: 'Site',
  },
  footer: 'Este site não usa cookies. A informação vem de fontes públicas.',
  notFound: {
    title: 'Esta página não existe',
    text: 'Talvez o endereço esteja mal escrito. Aqui pode encontrar ajuda:',
  },
}
