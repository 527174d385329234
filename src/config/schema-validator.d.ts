import type { ErrorObject } from 'ajv'

/** The config schema's validator, compiled ahead of time (scripts/build-schema-validator.mjs). */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null }
export default validate
