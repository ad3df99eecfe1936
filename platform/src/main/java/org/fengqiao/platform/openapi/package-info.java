/** The OpenAPI 3 description of the HTTP API, shared by both services. */
package org.fengqiao.platform.openapi;
