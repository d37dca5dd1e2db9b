/**
 * MongoDB adapters for the core's ports, through the MongoDB Java driver only. They run unchanged against a
 * real MongoDB and the embedded mongo-java-server, so they use no transactions, collation, TTL or $text:
 * every change is one atomic single-document operation.
 */
package se.samverkansbot.store.mongo;
