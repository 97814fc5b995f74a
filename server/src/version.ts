import { version } from '../../package.json';

/** The version of Zanmark, from its manifest. */
export const ZANMARK_VERSION: string = version;
