import type { BannerStrings, FrontStrings, NoticeStrings, PageStrings, SampleStrings } from './strings.js';

export const banner: BannerStrings = {
  states: {
    investigating: 'En investigación',
    identified: 'Causa identificada',
    monitoring: 'En observación',
    resolved: 'Resuelto',
    scheduled: 'Mantenimiento programado',
    in_progress: 'Mantenimiento en curso',
  },
  eta: (relative, absolute) => `Solución prevista ${relative} (${absolute}).`,
  overdue: 'La solución está tardando más de lo previsto.',
  nextUpdate: (relative, absolute) => `Próxima actualización ${relative} (${absolute}).`,
  updated: (relative) => `Actualizado ${relative}.`,
  resolved: 'Este problema está resuelto.',
  notice: 'Estado actual',
  startsAt: (relative, absolute) => `Empieza ${relative} (${absolute}).`,
  window: (relative, absolute, end) => `Empieza ${relative} (${absolute}) y termina ${end}.`,
  endsAt: (relative, absolute) => `Termina ${relative} (${absolute}).`,
  started: (relative, absolute) => `Empezó ${relative} (${absolute})`,
  details: 'Detalles',
  postmortem: 'Lo que hemos aprendido',
  dismiss: 'Ocultar',
};

export const front: FrontStrings = {
  short: {
    eta: (absolute) => `solución prevista: ${absolute}`,
    overdue: 'tarda más de lo previsto',
    nextUpdate: (absolute) => `próxima actualización: ${absolute}`,
    startsAt: (absolute) => `inicio: ${absolute}`,
    endsAt: (absolute) => `hasta ${absolute}`,
  },
  position: (index, count) => `${index} de ${count}`,
  previous: 'Anterior',
  next: 'Siguiente',
};

export const page: PageStrings = {
  heading: (name) => (name ? `Estado de ${name}` : 'Estado del servicio'),
  loading: 'Cargando el estado actual…',
  allClear: 'Todos los sistemas funcionan con normalidad.',
  incidentsOpen: (count) => (count === 1 ? '1 incidente en curso.' : `${count} incidentes en curso.`),
  maintenanceOpen: 'Mantenimiento en curso.',
  unavailable: 'Estado no disponible: el feed de estado no se puede leer en este momento.',
  lastKnown: 'Abajo, el último estado conocido, leído',
  retry: (relative) => `Próximo intento ${relative}.`,
  retrySoon: 'Se volverá a intentar en un momento.',
  current: 'Incidentes en curso',
  noCurrent: 'Ningún incidente en curso.',
  maintenance: 'Mantenimiento',
  noMaintenance: 'Ningún mantenimiento programado.',
  recent: (count) => `Resueltos ${count === 1 ? 'en el último día' : `en los últimos ${count} días`}`,
  noRecent: (count) => `Ningún incidente ${count === 1 ? 'en el último día' : `en los últimos ${count} días`}.`,
  updates: 'Actualizaciones, de la más reciente a la más antigua',
  impact: { none: 'Sin impacto', minor: 'Impacto menor', major: 'Impacto mayor', critical: 'Impacto crítico' },
  started: 'Inicio',
  resolvedAt: 'Resuelto',
  starts: 'Empieza',
  ends: 'Termina',
  feedUpdated: 'Feed actualizado',
  feedLink: 'Feed de estado (JSON)',
};

export const notices: NoticeStrings = {
  servicesDisrupted: 'Algunos servicios están afectados',
  maintenanceUnderWay: 'Mantenimiento en curso',
};

export const samples: SampleStrings = {
  incidentTitle: 'Vista previa: errores en el servicio',
  messages: {
    investigating: 'Estamos investigando informes de errores.',
    identified: 'La causa está identificada y se está desplegando una corrección.',
    monitoring: 'Hay una corrección aplicada; estamos vigilando los resultados.',
    resolved: 'Todo vuelve a funcionar con normalidad.',
  },
  maintenanceTitle: 'Vista previa: mantenimiento programado',
  maintenanceMessage: 'Algunas funciones serán de solo lectura durante unos 20 minutos.',
};
