/**
 * Personal data (dades personals, GDPR): a person's subject access, their erasure by
 * pseudonymisation, and how long each kind of record is kept. See {@code docs/privacy.md}.
 */
package cat.xarxa.privacy;
