/** Signal codes of the email check. Stable: renaming one is a breaking change. */
export const EMAIL_CODES = [
  'email.invalid_syntax',
  'email.disposable_domain',
  'email.reserved_domain',
  'email.free_mail',
  'email.domestic_isp_mail',
  'email.domain_typo',
  'email.role_account',
  'email.placeholder_local_part',
  'email.random_local_part',
  'email.subaddress',
] as const

export type EmailCode = (typeof EMAIL_CODES)[number]
