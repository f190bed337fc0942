// SPDX-License-Identifier: EUPL-1.2
// A party's public contact routes as a description list: each checked phone number with what it is
// for, when it is answered, whether it is free and when and where we checked it; then website,
// e-mail addresses and form. Numbers nobody could check are not in the data, so none is shown.
import type { Contact, Phone } from '../../domain/party.ts'
import { html, joinHtml, type SafeHtml } from '../html.ts'
import type { PageContext } from '../page-context.ts'
import { link, phoneLink, unorderedList } from './link.ts'
import { formatDate } from './record-meta.ts'
import { dataList, type DataListItem } from './table.ts'
import { localized, paragraph } from './text.ts'

/** A phone's hours, cost or note in the page language; Dutch (marked) when it has no English. */
function phoneText(ctx: PageContext, p: Phone, field: 'hours' | 'cost' | 'note'): SafeHtml {
  const english = p.en?.[field]
  return ctx.locale === 'en' && english !== undefined
    ? localized({ text: english, lang: 'en' }, ctx.locale)
    : localized({ text: p[field] ?? '', lang: 'nl' }, ctx.locale)
}

/** One phone number: the link, then purpose, hours, cost, note and the check, in one line. */
export function phoneLine(ctx: PageContext, p: Phone): SafeHtml {
  const t = ctx.t.contacts
  const facts: SafeHtml[] = [html`${t.purposes[p.purpose]}`]
  if (p.hours !== undefined) {
    facts.push(phoneText(ctx, p, 'hours'))
  }
  if (p.free === true) {
    facts.push(html`${t.free}`)
  } else if (p.cost !== undefined) {
    facts.push(phoneText(ctx, p, 'cost'))
  }
  const where = ctx.data.source(p.source)?.publisher
  const checked = formatDate(ctx, p.verifiedAt)
  return html`${phoneLink(p.number)} (${joinHtml(facts, html`, `)})${
    p.note === undefined ? '' : html` ${phoneText(ctx, p, 'note')}`
  } <small class="wgw-checked"><time datetime="${p.verifiedAt}">${
    where === undefined ? t.checkedOn(checked) : t.checkedAt(checked, where)
  }</time></small>`
}

export function contactDetails(ctx: PageContext, contact: Contact | undefined): SafeHtml {
  const t = ctx.t.contacts
  const items: DataListItem[] = []
  const phones = contact?.phones ?? []
  if (phones.length > 0) {
    items.push({
      key: t.phone,
      value:
        phones.length === 1 ? phoneLine(ctx, phones[0] as Phone) : unorderedList(phones.map((p) => phoneLine(ctx, p))),
    })
  }
  if (contact?.website !== undefined) {
    items.push({
      key: t.website,
      value: link(contact.website, contact.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')),
    })
  }
  if (contact?.email !== undefined) {
    items.push({ key: t.email, value: link(`mailto:${contact.email}`, contact.email) })
  }
  if (contact?.professionalEmail !== undefined) {
    items.push({
      key: t.professionalEmail,
      value: link(`mailto:${contact.professionalEmail}`, contact.professionalEmail),
    })
  }
  if (contact?.form !== undefined) {
    items.push({ key: t.form, value: link(contact.form, contact.form.replace(/^https?:\/\/(www\.)?/, '')) })
  }
  if (items.length === 0) {
    return paragraph(t.none)
  }
  if (contact?.verifiedAt !== undefined && phones.length === 0) {
    items.push({ key: t.phone, value: t.noPhone })
  }
  return dataList(items)
}
