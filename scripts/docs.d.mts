/** The bundle as the portal shows it: getting started, each operation's facts and its code samples. */
export function portalDocument(bundle: any): any;
