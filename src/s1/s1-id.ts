/** A SentinelOne object id as the API sends it: a decimal int64 (up to 19 digits) in a string, ordered as a number. */
export const S1_ID = /^[0-9]{1,19}$/;
