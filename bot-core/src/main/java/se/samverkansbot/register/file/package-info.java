/**
 * Structure files: the YAML a secretary maintains (schema in {@code structure-file.schema.json}). Reading
 * validates the whole file and reports every problem with file and line before anything is written.
 */
package se.samverkansbot.register.file;
