/** Personal phone numbers are never published, not even from a raw source text. */

/** A Vietnamese phone number: 10–11 digits starting with 0, optionally grouped by ".", " " or "-". */
export const PHONE_NUMBER = /(?<![\d/])0\d{2,3}[.\s-]?\d{3}[.\s-]?\d{3,4}(?![\d/])/g;
export const REDACTED_PHONE = '[số điện thoại đã lược bỏ]';

export function containsPhoneNumber(text: string): boolean {
	return new RegExp(PHONE_NUMBER.source).test(text);
}

export function redactPhoneNumbers(text: string): string {
	return text.replace(PHONE_NUMBER, REDACTED_PHONE);
}
