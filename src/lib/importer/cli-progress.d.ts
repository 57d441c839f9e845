// The part of cli-progress the command line uses; the package ships no types of its own.
declare module 'cli-progress' {
	interface Options {
		stream?: NodeJS.WritableStream;
		format?: string;
		hideCursor?: boolean;
	}
	class SingleBar {
		constructor(options: Options, preset?: object);
		start(total: number, value: number): void;
		increment(step?: number): void;
		stop(): void;
	}
	const Presets: { shades_classic: object };
	const cliProgress: { SingleBar: typeof SingleBar; Presets: typeof Presets };
	export default cliProgress;
}
