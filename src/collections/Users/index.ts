import type { CollectionConfig, Condition } from 'payload'

import { admins, adminsField } from '../../access/admins'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { clearLoginThrottle, throttleLogins } from '../../access/loginThrottle'
import { requireStrongPassword, requireStrongResetPassword } from '../../access/passwordPolicy'
import { selfOrAdmin } from '../../access/selfOrAdmin'
import { isStaff } from '../../access/roles'
import { staff } from '../../access/staff'
import { recordAccessChange } from '../../audit/hooks/users'
import { label } from '../../fields/localizedLabel'
import { configuredPublicUrl } from '../../lib/settings'
import { resetPasswordMail } from './hooks/resetPasswordMail'
import { firstRegisterOneAtATime } from './endpoints/firstRegisterOneAtATime'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

// On the "create first user" screen nobody is signed in: don't offer a role that won't apply.
const whenSignedIn: Condition = (_data, _siblingData, { user }) => isStaff(user)

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Użytkownik', 'User'), plural: label('Użytkownicy', 'Users') },
  auth: {
    // No account lock: anyone who knows an address could lock its owner out. A guessing client
    // waits, and an account guessed at from many clients answers more slowly (throttleLogins).
    maxLoginAttempts: 0,
    forgotPassword: { generateEmailHTML: resetPasswordMail },
    cookies: { secure: Boolean(configuredPublicUrl()?.startsWith('https:')) },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'approver'],
    group: label('Ustawienia', 'Settings'),
  },
  access: {
    read: staff,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    // Payload lets any signed-in user unlock any account by default.
    unlock: admins,
  },
  endpoints: [firstRegisterOneAtATime],
  hooks: {
    beforeOperation: [throttleLogins, requireStrongResetPassword],
    beforeValidate: [requireStrongPassword],
    beforeChange: [makeFirstUserAdmin],
    afterChange: [recordAccessChange],
    afterLogin: [clearLoginThrottle],
  },
  fields: [
    // Merged into Payload's own e-mail field: colleagues see a name and a role, not the address.
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      label: label('Adres e-mail', 'Email'),
      access: { read: selfOrAdmin },
    },
    { name: 'name', type: 'text', required: true, label: label('Imię i nazwisko', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'author',
      label: label('Rola', 'Role'),
      options: [
        { value: 'admin', label: label('Administrator', 'Admin') },
        { value: 'editor', label: label('Redaktor (publikuje)', 'Editor (publishes)') },
        { value: 'author', label: label('Autor (pisze projekty)', 'Author (writes drafts)') },
      ],
      // Only admins hand out roles; the first account (no user yet) is made admin by its hook.
      access: { create: adminsField, update: adminsField },
      admin: { condition: whenSignedIn },
    },
    {
      name: 'approver',
      type: 'checkbox',
      defaultValue: false,
      label: label('Zatwierdza cytaty', 'Approves quotes'),
      // Only admins hand out roles; the first account (no user yet) is made admin by its hook.
      access: { create: adminsField, update: adminsField },
      admin: { condition: whenSignedIn },
    },
  ],
}
