namespace Pws.Etl.Sources.Fhir;

/// <summary>The screening measurements PWS takes from FHIR Observations.</summary>
public enum Measure
{
    Sistolik,
    Diastolik,
    GulaDarahSewaktu,
    KolesterolTotal,
}
