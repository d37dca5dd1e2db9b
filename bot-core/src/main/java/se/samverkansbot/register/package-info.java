/**
 * The register: what a collaboration structure (samverkansstruktur) is made of — parties, their bodies,
 * people, forums, who sits where for which period — as the structure files and seed documents describe it.
 * Plain Java, no persistence or platform types.
 */
package se.samverkansbot.register;
