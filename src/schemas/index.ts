/** Every content schema, by collection name. */
export { planSchema } from './plan.ts';
export { documentSchema } from './document.ts';
export { provinceSchema } from './province.ts';
export { agencySchema } from './agency.ts';
export { conventionSchema } from './convention.ts';
export { sloganSchema } from './slogan.ts';
