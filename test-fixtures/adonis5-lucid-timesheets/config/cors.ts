/**
 * Config source: https://git.io/JfefC
 *
 * Feel free to let us know via PR, if you find something broken in this config
 * file.
 */

import { CorsConfig } from '@ioc:Adonis/Core/Cors'

const corsConfig: CorsConfig = {
  enabled: true,

  // the timesheet widget is embedded on customer intranets
  // expect: cors-wildcard
  origin: '*',

  methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],

  headers: true,

  exposeHeaders: {
    cacheControl: true,
    contentDisposition: true,
    contentLanguage: true,
    contentType: true,
    expires: true,
    lastModified: true,
    pragma: true,
  },

  credentials: true,

  maxAge: 90,
}

export default corsConfig
