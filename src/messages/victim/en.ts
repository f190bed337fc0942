// SPDX-License-Identifier: EUPL-1.2
// Victim pages in English. Translated from the Dutch by us, not yet checked by a fluent reviewer.
import { en as site } from '../en.ts'
import type { VictimMessages } from './victim-messages.ts'

export const en: VictimMessages = {
  lang: 'en',
  dir: 'ltr',
  languageName: 'English',
  status: 'machine',
  siteName: 'Human trafficking signpost',
  skipLink: 'Skip to content',
  // The same words as the site's own quick exit: one button, one label, whichever page it is on.
  quickExit: site.quickExit,
  chooser: { label: 'Language' },
  machineNote:
    'This page was translated by us and has not yet been checked by a native speaker. The phone numbers come from our checked data.',
  nav: { label: 'Pages for you' },
  emergency: 'In immediate danger? Call 112.',
  help: {
    title: 'Am I being exploited?',
    intro:
      'Do you have to do work you do not want to do? Do you get little or no money? Does someone else keep your passport? Then you may be exploited. That is against the law. You can get help.',
    safeNote: 'Are you using a phone or computer that someone else uses too? Read first how to browse safely.',
    questionsHeading: 'Does this sound familiar?',
    questions: [
      'Someone else decides where you work, live or sleep.',
      'You have to hand over money you earn.',
      'You have a debt that keeps growing.',
      'You are threatened, or people you love are threatened.',
      'You are not free to leave.',
    ],
    helpHeading: 'Who helps you?',
    helpIntro: 'These organisations listen to you. You do not have to report a crime straight away.',
    moreInfo: 'More about these organisations, in English:',
  },
  rights: {
    title: 'Your rights',
    intro: 'If you are a victim of human trafficking, you have rights. You can get help before you decide to report.',
    items: [
      'You get a lawyer for free, also during the time to think.',
      'You never pay for an interpreter: not in the shelter, not with your lawyer, not in court.',
      'You can get a safe place to stay. For adults from abroad, CoMensha arranges this.',
      'A doctor checks your health. During the time to think, your medical costs are paid.',
      'Were you forced to commit crimes? Then you should not be punished for them.',
      'You can ask for money for the harm that was done to you.',
    ],
    reflectionHeading: 'Time to think (the reflection period)',
    reflection: [
      'Are you from a country outside the EU? Then you get up to 3 months to decide if you report the crime or help the police in another way.',
      'Are you from the EU, but have you no right to stay here under EU rules? Then you can get this time too.',
      'During this time you may stay in the Netherlands. You get a place to stay, money to live on and medical care.',
      'The police must offer you this time at the first sign that you may be a victim.',
    ],
  },
  report: {
    title: 'What happens when you report',
    intro:
      'Reporting means that you tell the police what happened to you, so that they can investigate. You decide if you do this.',
    steps: [
      'First the police talk with you. They explain what reporting means, what happens next and what help you can get.',
      'If you report, the police write down what you tell them. Your lawyer can help you with this.',
      'Are you from outside the EU? When you report, you get a residence permit for as long as the investigation and the court case last.',
      'With that permit you may work or study.',
      'The public prosecutor decides if the case goes to court.',
    ],
    choice: 'You do not have to decide at once. The organisations on this site help you, also if you do not report.',
  },
  safe: {
    title: 'Browsing this website safely',
    intro:
      'Someone may be watching your phone or computer. This is how you make it less likely that anyone sees you were here.',
    tips: [
      'At the top of every page is the red "Quick exit" bar. Tap it: you go straight to a weather site.',
      'On a computer you can also press the Shift key 3 times quickly.',
      'Use a private or incognito window. The browser then does not remember which pages you visited.',
      'Outside a private window, the browser history still shows that you were here. Clear it after your visit.',
      'If you can, use the phone or computer of someone you trust, or one in a library.',
    ],
    noCookies: 'This website stores no cookies and sends nothing to other websites.',
  },
  card: {
    title: 'Help against exploitation',
    what: 'Human trafficking means that someone makes you work, have sex or commit crimes for their profit, by force, threats, debts or lies. That is a crime in the Netherlands. You can get help.',
    rightsHeading: 'Your rights',
    rights: [
      'Help, a lawyer and an interpreter, free of charge.',
      'A safe place to stay.',
      'Time to think before you decide to report (up to 3 months if you are from outside the EU).',
    ],
    numbersHeading: 'Who to call',
    print: 'Print this card',
    a4: 'A4 page',
    a6: 'A6 card',
    website: 'Website',
  },
  footer: 'This website uses no cookies. The information comes from public sources.',
  notFound: {
    title: 'This page does not exist',
    text: 'The address may be mistyped. You can find help here:',
  },
}
