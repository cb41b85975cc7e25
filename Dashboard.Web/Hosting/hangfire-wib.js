// Hangfire's dashboard draws its times with moment.js in the browser's own zone and language, and its moment carries
// no Indonesian. A Dinas Kesehatan reads its imports in WIB, whatever zone the computer is set to, in Indonesian
// ("dalam 5 jam", "Min, 6 Des 2026 pukul 01.00").
(function () {
    var original = window.moment;
    if (!original) return;
    original.defineLocale('id', {
        months: 'Januari_Februari_Maret_April_Mei_Juni_Juli_Agustus_September_Oktober_November_Desember'.split('_'),
        monthsShort: 'Jan_Feb_Mar_Apr_Mei_Jun_Jul_Agu_Sep_Okt_Nov_Des'.split('_'),
        weekdays: 'Minggu_Senin_Selasa_Rabu_Kamis_Jumat_Sabtu'.split('_'),
        weekdaysShort: 'Min_Sen_Sel_Rab_Kam_Jum_Sab'.split('_'),
        weekdaysMin: 'Mg_Sn_Sl_Rb_Km_Jm_Sb'.split('_'),
        longDateFormat: {
            LT: 'HH.mm', LTS: 'HH.mm.ss', L: 'DD/MM/YYYY', LL: 'D MMMM YYYY',
            LLL: 'D MMMM YYYY [pukul] HH.mm', LLLL: 'dddd, D MMMM YYYY [pukul] HH.mm'
        },
        relativeTime: {
            future: 'dalam %s', past: '%s yang lalu', s: 'beberapa detik', ss: '%d detik', m: 'semenit', mm: '%d menit',
            h: 'sejam', hh: '%d jam', d: 'sehari', dd: '%d hari', M: 'sebulan', MM: '%d bulan', y: 'setahun', yy: '%d tahun'
        },
        week: { dow: 1, doy: 4 }
    });
    var wib = function () {
        return original.apply(this, arguments).utcOffset(7 * 60);
    };
    Object.keys(original).forEach(function (key) { wib[key] = original[key]; });
    wib.prototype = original.prototype;
    wib.fn = original.fn;
    var locale = original.locale;
    wib.locale = function () {
        return arguments.length ? locale.call(original, 'id') : locale.call(original);
    };
    window.moment = wib;
})();
