/**
 * A platform setting that must be present once any of the platform's settings is: a
 * half-configured platform is a deployment mistake, refused at start-up.
 */
export function requiredSetting(value: string | undefined, name: string, platform: string): string {
  if (value === undefined || value.trim() === '') {
    throw new Error(
      `${name} is not set: ${platform} needs it. Set it, or unset the other ${platform} variables.`,
    );
  }
  return value;
}
