// SPDX-License-Identifier: EUPL-1.2
// A party's public contact route (phone, website, e-mail) as a description list.
import type { Contact } from '../../domain/party.ts'
import { html, type SafeHtml } from '../html.ts'
import type { PageContext } from '../page-context.ts'
import { link, phoneLink } from './link.ts'
import { dataList, type DataListItem } from './table.ts'
import { paragraph } from './text.ts'

export function contactDetails(ctx: PageContext, contact: Contact | undefined): SafeHtml {
  const t = ctx.t.contacts
  const items: DataListItem[] = []
  if (contact?.phone !== undefined) {
    items.push({
      key: t.phone,
      value: html`${phoneLink(contact.phone)}${contact.phoneNote === undefined ? '' : html` <span lang="nl">(${contact.phoneNote})</span>`}`,
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
  return items.length === 0 ? paragraph(t.none) : dataList(items)
}
