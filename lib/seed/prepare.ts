export async function seedRealCaseIfEmpty(_p: unknown) {}
