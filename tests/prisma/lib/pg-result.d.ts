// pg's internal Result class (drift.ts patches its addFields); @types/pg does
// not describe this module path.
declare module "pg/lib/result.js" {
  const Result: { prototype: { addFields(fields: { dataTypeID: number }[]): void } };
  export default Result;
}
