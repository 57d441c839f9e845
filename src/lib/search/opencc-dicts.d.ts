// opencc-js ships its dictionaries as plain modules without types: each is a `|`-separated
// list of `from to` pairs.
declare module 'opencc-js/dict/*' {
	const dict: string;
	export default dict;
}
