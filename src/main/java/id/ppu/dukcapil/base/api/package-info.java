/**
 * What every feature's HTTP API shares and no feature owns: the problem+json writer and the
 * handler of generic failures, parameter errors, the /api conventions (strict JSON, declared query
 * parameters, 404 for unknown paths, Tomcat's refusals), the texts' language and the OpenAPI
 * description. A feature's own exceptions are answered by an advice in that feature.
 */
package id.ppu.dukcapil.base.api;
